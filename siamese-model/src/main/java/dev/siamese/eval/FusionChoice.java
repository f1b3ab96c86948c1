package dev.siamese.eval;

import java.util.Locale;

/**
 * What a fusion experiment scores with, and why: the two matchers fused by {@link #fusion}, or one of them alone
 * when fusing did not beat the better one on held-apart training fingers (or could not be judged).
 *
 * @param kind        what scores the pairs
 * @param fusion      the fitted weights (on every fitting pair), or null when one matcher is used alone
 * @param fittedPairs training pairs the weights were fitted on
 * @param unseenOnly  whether those pairs hold only images the network was never trained on (else the weights lean
 *                    on the network, which knows them)
 * @param guard       pooled EER of each choice on held-apart training fingers (2 folds by finger), or null when
 *                    the guard could not run
 * @param reason      one sentence for the log and the report
 */
public record FusionChoice(Kind kind, ScoreFusion fusion, int fittedPairs, boolean unseenOnly, GuardEers guard,
                           String reason) {

    /** What scores the pairs. */
    public enum Kind {
        FUSED, NETWORK, SOURCEAFIS;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Pooled EER of the fused distances and of each matcher alone on held-apart training fingers. */
    public record GuardEers(double fused, double network, double sourceAfis) {
    }

    /** The distances this choice gives, from the two matchers' distances of the same pairs. */
    public ScoredPairs apply(ScoredPairs network, ScoredPairs sourceAfis) {
        return switch (kind) {
            case FUSED -> fusion.apply(network, sourceAfis);
            case NETWORK -> network;
            case SOURCEAFIS -> sourceAfis;
        };
    }

    /** The weight of the network's standardised distance (1 or 0 when one matcher is used alone). */
    public double networkWeight() {
        return kind == Kind.FUSED ? fusion.weightA() : kind == Kind.NETWORK ? 1 : 0;
    }

    /** The weight of SourceAFIS's standardised distance. */
    public double sourceAfisWeight() {
        return kind == Kind.FUSED ? fusion.weightB() : kind == Kind.SOURCEAFIS ? 1 : 0;
    }
}
