package dev.siamese.report;

import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One look per series name: a colour, a line pattern and a marker, the same in every chart of a page. The series
 * every report draws (train, validation, genuine, impostor, the embedding counts) have places of their own, so
 * they look the same in every report whatever else it draws (train a solid blue line, validation a dashed orange
 * one); other names (a network's layers, a comparison's experiments) take the next look in the order they are
 * first asked for. Neighbouring looks differ in colour and pattern, so curves that lie on each other both show:
 * a dashed line over a solid one. Colours after Tableau 10, red left late as the report marks misjudged pairs red.
 */
final class Palette {
    private static final List<Color> COLOURS = List.of(new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22),
            new Color(0x7f7f7f), new Color(0xd62728));
    /** Solid, dashed, dotted, dash-dotted: the line patterns, in the order looks take them. */
    private static final List<float[]> DASHES = List.of(new float[0], new float[]{8f, 5f}, new float[]{2f, 4f},
            new float[]{10f, 4f, 2f, 4f});
    private static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
            SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN);
    private static final float WIDTH = 2f;
    /** The report's own series and the look each always has: colour and pattern index. */
    private static final Map<String, int[]> FIXED = Map.of(
            ExperimentReport.TRAIN, new int[]{0, 0}, ExperimentReport.VALIDATION, new int[]{1, 1},
            "genuine", new int[]{2, 0}, "impostor", new int[]{3, 1},
            "distinct embeddings", new int[]{6, 0}, "training images", new int[]{8, 1},
            "pairs at the floor", new int[]{7, 0});
    /** Where a report's other series (its layers) start among the colours: after train, validation, genuine, impostor. */
    private static final int REPORT_OFFSET = 4;

    private final Map<String, Look> assigned = new LinkedHashMap<>();
    private final int offset;

    /** The look of a series. */
    record Look(Color colour, float[] dash, Marker marker) {
        BasicStroke stroke() {
            return dash.length == 0 ? new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
        }
    }

    private Palette(int offset) {
        this.offset = offset;
    }

    /** A report's palette: its own series keep their places; other names follow them. */
    static Palette forReport() {
        return new Palette(REPORT_OFFSET);
    }

    /** A palette whose looks go to these names, in this order, from the first (a comparison's experiments). */
    static Palette of(List<String> names) {
        Palette palette = new Palette(0);
        names.forEach(palette::look);
        return palette;
    }

    Color colour(String name) {
        return look(name).colour();
    }

    Look look(String name) {
        Look look = assigned.get(name);
        if (look != null) {
            return look;
        }
        int[] fixed = offset > 0 ? FIXED.get(name) : null;
        if (fixed != null) {
            look = new Look(COLOURS.get(fixed[0]), DASHES.get(fixed[1]), MARKERS.get(fixed[1] % MARKERS.size()));
        } else {
            int k = (int) assigned.keySet().stream().filter(n -> offset == 0 || !FIXED.containsKey(n)).count();
            look = new Look(COLOURS.get((offset + k) % COLOURS.size()), DASHES.get(k % DASHES.size()),
                    MARKERS.get(k % MARKERS.size()));
        }
        assigned.put(name, look);
        return look;
    }
}
