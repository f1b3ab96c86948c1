package dev.siamese.spec;

import java.util.List;
import java.util.Locale;

/**
 * What the network is trained to minimise ({@code model.loss}). Whatever the loss, the trained network is
 * used as a Siamese network: one shared branch embeds both images and a pair matches when the distance of
 * the two embeddings is below the threshold.
 */
public sealed interface LossSpec {
    /** The value of {@code model.loss.type}. */
    String type();

    /** Whether training draws batches of images labelled by finger instead of pairs. */
    default boolean byIdentity() {
        return !(this instanceof Contrastive);
    }

    /**
     * The seed's contrastive loss on pairs, {@code y·d² + (1−y)·max(m−d, 0)²} with the floored Euclidean
     * distance; the default.
     */
    record Contrastive(double margin) implements LossSpec {
        public String type() {
            return "contrastive";
        }
    }

    /**
     * Additive-margin softmax over the training fingers on L2-normalised embeddings and class weights:
     * CosFace (Wang et al. 2018) subtracts {@code margin} from the target cosine, ArcFace (Deng et al. 2019)
     * adds {@code margin} to the target angle; logits are scaled by {@code scale}; {@code center} weighs an
     * added center term {@code 1 − cos θ_target} (0: none). Pairs are then compared by cosine distance.
     */
    record MarginSoftmax(Kind kind, double scale, double margin, double center) implements LossSpec {
        /** Without a center term. */
        public MarginSoftmax(Kind kind, double scale, double margin) {
            this(kind, scale, margin, 0);
        }

        public String type() {
            return kind.jsonName();
        }
    }

    /**
     * The triplet loss (Schroff et al., FaceNet 2015) on L2-normalised embeddings, mined inside each batch of
     * P fingers × K impressions: per anchor {@code max(0, d(a,p) − d(a,n) + margin)} with the Euclidean
     * distance of unit vectors (0 to 2). Batch-hard (Hermans et al. 2017) takes each anchor's farthest positive
     * and nearest negative; semi-hard takes, per positive, the nearest negative farther than it (else the
     * farthest negative). Pairs are then compared by that Euclidean distance.
     */
    record Triplet(double margin, Mining mining) implements LossSpec {
        public String type() {
            return "triplet";
        }
    }

    /** Which negatives (and positives) a triplet loss takes inside a batch. */
    enum Mining {
        BATCH_HARD, SEMI_HARD;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static List<String> jsonNames() {
            return List.of(BATCH_HARD.jsonName(), SEMI_HARD.jsonName());
        }
    }

    /** The margin-softmax variants. */
    enum Kind {
        COSFACE, ARCFACE;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The values of {@code model.loss.type}. */
    static List<String> jsonNames() {
        return List.of("contrastive", "triplet", Kind.COSFACE.jsonName(), Kind.ARCFACE.jsonName());
    }
}
