package dev.siamese.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The identity (finger) a file name names: a regex's capturing groups joined by "_", or its whole match. */
public final class IdentityPattern {
    private IdentityPattern() {
    }

    /** Empty when the pattern is not found in the name or captures nothing. */
    public static Optional<String> identity(Pattern pattern, String fileName) {
        Matcher m = pattern.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.groupCount() == 0) {
            return m.group().isEmpty() ? Optional.empty() : Optional.of(m.group());
        }
        List<String> parts = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                parts.add(m.group(g));
            }
        }
        String id = String.join("_", parts);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }
}
