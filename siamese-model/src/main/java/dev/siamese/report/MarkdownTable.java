package dev.siamese.report;

import java.util.List;

/** Renders a {@link Table} as a GitHub Markdown table, fit for a pull-request comment. */
public final class MarkdownTable {
    private MarkdownTable() {
    }

    /** One table; a table with groups becomes one table per group, each after a line naming it in bold. */
    public static String render(Table table) {
        if (table.groups().isEmpty()) {
            return render(table.header(), table.rows(), table.rightAlign());
        }
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < table.groups().size(); g++) {
            out.append(g == 0 ? "" : "\n").append("**").append(escape(table.groups().get(g).title())).append("**\n\n");
            out.append(render(table.header(), table.rowsOf(g), table.rightAlign()));
        }
        return out.toString();
    }

    private static String render(List<String> header, List<List<String>> rows, List<Boolean> rightAlign) {
        StringBuilder out = new StringBuilder();
        row(out, header);
        out.append('|');
        for (boolean right : rightAlign) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> r : rows) {
            row(out, r);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    /** A pipe would end the cell, and HTML in a comment would be rendered. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_");
    }
}
