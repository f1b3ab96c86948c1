package dev.siamese.report;

import java.util.Locale;
import java.util.List;
import java.util.Optional;

import static dev.siamese.report.HtmlEscape.escape;

/**
 * A self-contained HTML page: inline style, images as data URIs, nothing fetched from elsewhere, so it
 * reads offline and as a CI artifact. Every text given to it is escaped; only {@link #raw} is not.
 */
public final class HtmlPage {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:0.5em 0}th,td{border:1px solid #ccc;padding:3px 8px}
            th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .charts{display:flex;flex-wrap:wrap;gap:12px}.charts figure{margin:0}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:0.8em;overflow:auto;font-size:0.85em}
            .pairs{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:10px}
            .pair{border:2px solid #ccc;border-radius:6px;padding:6px;font-size:0.85em}
            .pair.right{border-color:#2ca02c}.pair.wrong{border-color:#d62728;background:#fff3f3}
            .pair img{width:96px;height:96px;image-rendering:pixelated;border:1px solid #999;margin-right:4px}
            .muted{color:#777}.better{color:#2ca02c}.worse{color:#d62728}
            .verdicts{list-style:none;padding:0}.verdict{margin:4px 0;padding:4px 8px;border-left:4px solid #2ca02c}
            .verdict.triggered{border-left-color:#d62728;background:#fff3f3}.verdict.triggered .state{color:#d62728;font-weight:bold}
            .verdict.information{border-left-color:#1f77b4;background:#f2f7fc}.verdict.information .state{color:#1f77b4;font-weight:bold}
            .headline{font-size:1.1em;padding:0.6em 0.9em;border-left:6px solid #2ca02c;background:#f3faf3}
            .headline.failure{border-left-color:#d62728;background:#fff3f3;font-weight:bold}
            .headline.warning{border-left-color:#e08a00;background:#fff8ec}
            .headline.information{border-left-color:#1f77b4;background:#f2f7fc}
            tr.missed td{background:#fff3f3}tr.documented td{background:#fff8ec}td.documented{color:#b36b00}
            tbody.group{border-top:3px solid #999}body.wide{max-width:none}
            table.wide td,table.wide th{white-space:nowrap}
            """;
    private final StringBuilder body = new StringBuilder();
    private final String title;
    private boolean wide;

    public HtmlPage(String title) {
        this.title = title;
    }

    public HtmlPage h1(String text) {
        return raw("<h1>" + escape(text) + "</h1>\n");
    }

    public HtmlPage h2(String text) {
        return raw("<h2 id=\"" + anchor(text) + "\">" + escape(text) + "</h2>\n");
    }

    /** A section's anchor, so it can be linked to: its title in lower case, words joined by {@code -}. */
    static String anchor(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public HtmlPage h3(String text) {
        return raw("<h3>" + escape(text) + "</h3>\n");
    }

    public HtmlPage paragraph(String text) {
        return raw("<p>" + escape(text) + "</p>\n");
    }

    public HtmlPage muted(String text) {
        return raw("<p class=\"muted\">" + escape(text) + "</p>\n");
    }

    public HtmlPage pre(String text) {
        return raw("<pre>" + escape(text) + "</pre>\n");
    }

    /** Charts side by side; an absent chart (no data) becomes a line saying so. */
    public HtmlPage charts(List<Chart> charts) {
        raw("<div class=\"charts\">\n");
        for (Chart c : charts) {
            if (c.png().isPresent()) {
                raw("<figure><img alt=\"" + escape(c.title()) + "\" src=\"" + Charts.dataUri(c.png().get())
                        + "\"></figure>\n");
            } else {
                raw("<p class=\"muted\">" + escape(c.title()) + ": no data</p>\n");
            }
        }
        return raw("</div>\n");
    }

    /**
     * A table; a header of blank titles (a two-column list of names and values) is left out. A table with groups
     * gets one {@code tbody} per group, each headed by a row naming it.
     */
    public HtmlPage table(Table table) {
        return table(table, "");
    }

    /** As {@link #table(Table)}, of a CSS class: {@code wide} keeps each cell on one line. */
    public HtmlPage table(Table table, String cssClass) {
        raw(cssClass.isEmpty() ? "<table>\n" : "<table class=\"" + escape(cssClass) + "\">\n");
        if (table.header().stream().anyMatch(h -> !h.isBlank())) {
            raw("<tr>");
            for (String h : table.header()) {
                raw("<th>" + escape(h) + "</th>");
            }
            raw("</tr>\n");
        }
        List<List<String>> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            int at = i;
            List<Table.Group> starting = table.groups().stream().filter(g -> g.firstRow() == at).toList();
            for (Table.Group g : starting) {
                raw((at == 0 ? "" : "</tbody>\n") + "<tbody class=\"group\">\n<tr class=\"group\"><th colspan=\""
                        + table.header().size() + "\">" + escape(g.title()) + "</th></tr>\n");
            }
            List<String> row = rows.get(i);
            raw("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String css = table.rightAlign().get(c) ? "num" : "";
                if (cell.equals(Change.Mark.BETTER.symbol)) {
                    css = "better";
                } else if (cell.equals(Change.Mark.WORSE.symbol)) {
                    css = "worse";
                }
                raw("<td" + (css.isEmpty() ? "" : " class=\"" + css + "\"") + ">" + escape(cell) + "</td>");
            }
            raw("</tr>\n");
        }
        return raw((table.groups().isEmpty() ? "" : "</tbody>\n") + "</table>\n");
    }

    /** Markup as is: the caller escapes what it puts in. */
    public HtmlPage raw(String html) {
        body.append(html);
        return this;
    }

    /** A page as wide as the window, for a table whose rows should not wrap (a comparison). */
    public HtmlPage wide() {
        wide = true;
        return this;
    }

    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body" + (wide ? " class=\"wide\"" : "") + ">\n"
                + body + "</body>\n</html>\n";
    }

    /** A chart to show, or only its title when there was nothing to draw. */
    public record Chart(String title, Optional<byte[]> png) {
    }
}
