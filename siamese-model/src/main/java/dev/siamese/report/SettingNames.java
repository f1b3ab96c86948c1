package dev.siamese.report;

import java.util.ArrayList;
import java.util.List;

/** Column titles for spec paths: each path's shortest end that no other path of the list shares. */
final class SettingNames {
    private SettingNames() {
    }

    /** {@code training.optimizer.learningRate} reads {@code learningRate}, unless another path also ends so. */
    static List<String> shortest(List<String> paths) {
        List<String> names = new ArrayList<>();
        for (String path : paths) {
            String[] parts = path.split("\\.");
            String name = path;
            for (int n = 1; n <= parts.length; n++) {
                String end = String.join(".", List.of(parts).subList(parts.length - n, parts.length));
                if (paths.stream().filter(p -> p.equals(end) || p.endsWith("." + end)).count() == 1) {
                    name = end;
                    break;
                }
            }
            names.add(name);
        }
        return names;
    }
}
