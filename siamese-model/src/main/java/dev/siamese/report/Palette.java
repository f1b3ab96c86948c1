package dev.siamese.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per series name across every chart of a page: the first name asked for gets the first
 * colour, and keeps it in every later chart (train is the same blue in the loss, ROC and DET charts; an
 * experiment the same colour in each chart of a comparison). Colours after Tableau 10, red left for last
 * as the report marks misjudged pairs red.
 */
final class Palette {
    private static final List<Color> COLOURS = List.of(new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22),
            new Color(0x7f7f7f), new Color(0xd62728));
    private final Map<String, Color> assigned = new LinkedHashMap<>();

    /** A palette whose first colours go to these names, in this order. */
    static Palette of(List<String> names) {
        Palette palette = new Palette();
        names.forEach(palette::colour);
        return palette;
    }

    Color colour(String name) {
        return assigned.computeIfAbsent(name, n -> COLOURS.get(assigned.size() % COLOURS.size()));
    }
}
