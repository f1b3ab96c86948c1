package dev.siamese.data;

import dev.siamese.ExperimentException;
import dev.siamese.Seeds;
import dev.siamese.spec.SplitSpec;
import dev.siamese.spec.SplitStrategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Divides images into training and validation as the seed does: (shuffle, then) the first
 * {@code floor(n × validationFraction)} go to validation. By identity, the same cut is made over the
 * list of fingers, so no validation finger is ever trained on; with {@code folds} K, the shuffled fingers
 * {@code [k·n/K, (k+1)·n/K)} of fold k are held out, so that K runs hold out every finger once.
 */
public final class DatasetSplitter {
    private DatasetSplitter() {
    }

    /** The split of each image, index by index. */
    public static List<Split> assign(List<LabeledImage> images, SplitSpec spec, long seed) {
        List<Split> out = new ArrayList<>(Collections.nCopies(images.size(), Split.TRAIN));
        if (spec.strategy() == SplitStrategy.BY_IMAGE) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                order.add(i);
            }
            if (spec.shuffle()) {
                Collections.shuffle(order, Seeds.random(seed, "split"));
            }
            int validation = (int) Math.floor(images.size() * spec.validationFraction());
            for (int i = 0; i < validation; i++) {
                out.set(order.get(i), Split.VALIDATION);
            }
            return out;
        }
        Set<String> unique = new LinkedHashSet<>();
        images.forEach(img -> unique.add(img.identity()));
        List<String> identities = new ArrayList<>(unique);
        if (identities.size() < 2) {
            throw new ExperimentException("split.strategy \"by-identity\" needs at least 2 identities, the data set has "
                    + identities.size());
        }
        Collections.sort(identities);
        if (spec.shuffle()) {
            Collections.shuffle(identities, Seeds.random(seed, "split"));
        }
        Set<String> held;
        if (spec.byFolds()) {
            if (identities.size() < spec.folds()) {
                throw new ExperimentException("split.folds " + spec.folds() + " needs at least as many identities, the "
                        + "data set has " + identities.size());
            }
            int n = identities.size();
            held = new LinkedHashSet<>(identities.subList(spec.fold() * n / spec.folds(), (spec.fold() + 1) * n / spec.folds()));
        } else {
            int validation = (int) Math.floor(identities.size() * spec.validationFraction());
            validation = Math.max(1, Math.min(identities.size() - 1, validation));
            held = new LinkedHashSet<>(identities.subList(0, validation));
        }
        for (int i = 0; i < images.size(); i++) {
            if (held.contains(images.get(i).identity())) {
                out.set(i, Split.VALIDATION);
            }
        }
        return out;
    }
}
