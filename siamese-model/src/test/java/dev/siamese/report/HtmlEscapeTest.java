package dev.siamese.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlEscapeTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                HtmlEscape.escape("<script>alert(\"x\" & 'y')</script>"));
    }

    @Test
    void nullIsEmptyAndPlainTextStays() {
        assertEquals("", HtmlEscape.escape(null));
        assertEquals("stripes-dense-1 ✔", HtmlEscape.escape("stripes-dense-1 ✔"));
    }
}
