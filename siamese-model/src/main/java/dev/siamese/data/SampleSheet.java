package dev.siamese.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact sheet for looking at a data set: one row per identity (the first {@code fingers} in list order),
 * one column per impression (the first {@code impressions} of that identity), white gutters between cells.
 */
public final class SampleSheet {
    /** White space between cells and around the sheet, in pixels. */
    static final int GUTTER = 3;

    private SampleSheet() {
    }

    /**
     * The sheet; cells are as large as the largest image shown, smaller images sit in their cell's top-left
     * corner. Rows with fewer impressions stay white on the right.
     *
     * @throws IllegalArgumentException when there is nothing to show
     */
    public static GrayImage render(List<LabeledImage> images, int fingers, int impressions) {
        Map<String, List<GrayImage>> byIdentity = new LinkedHashMap<>();
        for (LabeledImage img : images) {
            List<GrayImage> row = byIdentity.get(img.identity());
            if (row == null) {
                if (byIdentity.size() == fingers) {
                    continue;
                }
                row = new ArrayList<>();
                byIdentity.put(img.identity(), row);
            }
            if (row.size() < impressions) {
                row.add(img.image());
            }
        }
        if (byIdentity.isEmpty() || fingers < 1 || impressions < 1) {
            throw new IllegalArgumentException("no images to put on a sample sheet");
        }
        int cellW = 0;
        int cellH = 0;
        int columns = 0;
        for (List<GrayImage> row : byIdentity.values()) {
            columns = Math.max(columns, row.size());
            for (GrayImage g : row) {
                cellW = Math.max(cellW, g.width());
                cellH = Math.max(cellH, g.height());
            }
        }
        int rows = byIdentity.size();
        GrayImage sheet = GrayImage.filled(GUTTER + columns * (cellW + GUTTER), GUTTER + rows * (cellH + GUTTER), 255);
        int r = 0;
        for (List<GrayImage> row : byIdentity.values()) {
            for (int c = 0; c < row.size(); c++) {
                GrayImage g = row.get(c);
                int x0 = GUTTER + c * (cellW + GUTTER);
                int y0 = GUTTER + r * (cellH + GUTTER);
                for (int y = 0; y < g.height(); y++) {
                    System.arraycopy(g.pixels(), y * g.width(), sheet.pixels(), (y0 + y) * sheet.width() + x0, g.width());
                }
            }
            r++;
        }
        return sheet;
    }
}
