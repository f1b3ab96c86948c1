package dev.siamese.report;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Table} as aligned plain-text lines for a log; a group's rows follow a line naming it. */
public final class TextTable {
    private TextTable() {
    }

    public static List<String> render(Table table) {
        int n = table.header().size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = table.header().get(c).length();
            for (List<String> row : table.rows()) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(table.header(), width, table.rightAlign()));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        lines.add(rule.toString());
        for (int r = 0; r < table.rows().size(); r++) {
            int row = r;
            table.groups().stream().filter(g -> g.firstRow() == row).forEach(g -> lines.add("[" + g.title() + "]"));
            lines.add(line(table.rows().get(r), width, table.rightAlign()));
        }
        return lines;
    }

    private static String line(List<String> cells, int[] width, List<Boolean> right) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            out.append(c == 0 ? "" : "  ").append(right.get(c) ? pad + cell : cell + pad);
        }
        return out.toString().stripTrailing();
    }
}
