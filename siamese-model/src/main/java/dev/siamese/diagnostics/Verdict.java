package dev.siamese.diagnostics;

/**
 * One rule's judgement of a run.
 *
 * @param name        the rule, e.g. {@code "dead units"}
 * @param triggered   whether the recorded figures meet the rule
 * @param explanation the figures the judgement rests on, quoted
 * @param information a triggered rule that tells something worth knowing, not a fault (a task the untrained
 *                    network already solves has "no learning" to do); false for every warning
 */
public record Verdict(String name, boolean triggered, String explanation, boolean information) {

    /** A verdict that warns when triggered. */
    public Verdict(String name, boolean triggered, String explanation) {
        this(name, triggered, explanation, false);
    }

    /** Triggered and a fault to look into, not only information. */
    public boolean warns() {
        return triggered && !information;
    }

    /** Triggered as information. */
    public boolean informs() {
        return triggered && information;
    }

    /** {@code TRIGGERED}, {@code information} or {@code not triggered}: how logs and the report name the state. */
    public String state() {
        return warns() ? "TRIGGERED" : informs() ? "information, not a fault" : "not triggered";
    }

    @Override
    public String toString() {
        return name + " (" + state() + "): " + explanation;
    }
}
