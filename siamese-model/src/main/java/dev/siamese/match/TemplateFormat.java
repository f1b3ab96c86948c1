package dev.siamese.match;

import java.util.Locale;

/** How a gallery stores its templates. */
public enum TemplateFormat {
    /** 4 bytes per value, as the network outputs them. */
    FLOAT32,
    /** 1 byte per value plus one float scale per template: symmetric linear quantisation, value ≈ scale · q, q in −127..127. */
    INT8;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TemplateFormat fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
