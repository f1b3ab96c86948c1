package dev.siamese.report;

import java.util.List;

/** Renders a {@link Table} as a GitHub Markdown table, fit for a pull-request comment. */
public final class MarkdownTable {
    private MarkdownTable() {
    }

    public static String render(Table table) {
        StringBuilder out = new StringBuilder();
        row(out, table.header());
        out.append('|');
        for (boolean right : table.rightAlign()) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> r : table.rows()) {
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
