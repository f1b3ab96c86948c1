package dev.siamese.diagnostics;

/**
 * One rule's judgement of a run.
 *
 * @param name        the rule, e.g. {@code "dead units"}
 * @param triggered   whether the recorded figures meet the rule
 * @param explanation the figures the judgement rests on, quoted
 */
public record Verdict(String name, boolean triggered, String explanation) {
    @Override
    public String toString() {
        return name + (triggered ? " (triggered): " : " (not triggered): ") + explanation;
    }
}
