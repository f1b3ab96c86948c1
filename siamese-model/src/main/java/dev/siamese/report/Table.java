package dev.siamese.report;

import java.util.List;

/**
 * A table of text cells, what the console, Markdown and HTML renderers share.
 *
 * @param header     column titles
 * @param rows       cells, one list per row, as many as the header
 * @param rightAlign per column: numbers are right-aligned
 * @param groups     where groups of rows start, in row order (none: one plain table); the first starts at row 0
 */
public record Table(List<String> header, List<List<String>> rows, List<Boolean> rightAlign, List<Group> groups) {

    /**
     * Rows that belong together (a comparison's results on one data set).
     *
     * @param firstRow the group's first row
     * @param title    what its rows share
     */
    public record Group(int firstRow, String title) {
    }

    public Table(List<String> header, List<List<String>> rows, List<Boolean> rightAlign) {
        this(header, rows, rightAlign, List.of());
    }

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        rightAlign = List.copyOf(rightAlign);
        groups = List.copyOf(groups);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " columns");
            }
        }
        if (!groups.isEmpty() && groups.get(0).firstRow() != 0) {
            throw new IllegalArgumentException("the first group starts at row " + groups.get(0).firstRow() + ", not 0");
        }
    }

    /** The rows of group {@code g}: from its first row to the next group's. */
    public List<List<String>> rowsOf(int g) {
        int end = g + 1 < groups.size() ? groups.get(g + 1).firstRow() : rows.size();
        return rows.subList(groups.get(g).firstRow(), end);
    }
}
