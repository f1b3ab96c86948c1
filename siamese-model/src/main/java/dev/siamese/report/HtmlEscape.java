package dev.siamese.report;

/** Escapes text for HTML element content and quoted attribute values. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as entities; null as the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
