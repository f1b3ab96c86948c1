package dev.siamese.match;

import dev.siamese.ExperimentException;

import java.util.Locale;

/** What a 1:N search ranks: the gallery's identities (the default) or its templates. */
public enum Ranking {
    /**
     * Identities, each by its best template ({@link IdentityRanking}): the top k are k different fingers, however
     * many impressions of one finger the gallery holds.
     */
    IDENTITIES,
    /** Templates, nearest first: several impressions of one finger may fill the top k. */
    TEMPLATES;

    /** The name in files and on the command line: {@code identities}, {@code templates}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ranking written in lower case; an error naming {@code where} otherwise. */
    public static Ranking parse(String written, String where) {
        for (Ranking r : values()) {
            if (r.jsonName().equals(written.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new ExperimentException(where + ": \"" + written + "\" is not allowed; allowed: identities, templates");
    }
}
