package dev.siamese.report;

import java.util.List;

/**
 * A table of text cells, what the console, Markdown and HTML renderers share.
 *
 * @param header     column titles
 * @param rows       cells, one list per row, as many as the header
 * @param rightAlign per column: numbers are right-aligned
 */
public record Table(List<String> header, List<List<String>> rows, List<Boolean> rightAlign) {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        rightAlign = List.copyOf(rightAlign);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " columns");
            }
        }
    }
}
