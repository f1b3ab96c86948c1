package dev.siamese.pairs;

/**
 * The scans of a data set of several folders come from several sensors: a finger's identity is prefixed by its
 * folder ({@code db1/101}). Impostor comparisons pair fingers of one folder only, as FVC judges each database apart:
 * a finger of one sensor against a finger of another is an easy impostor that would flatter every matcher.
 */
public final class ScanGroups {
    private ScanGroups() {
    }

    /** The group (folder) of an identity: what precedes its last {@code /}, or "" for a data set of one folder. */
    public static String of(String identity) {
        int slash = identity.lastIndexOf('/');
        return slash < 0 ? "" : identity.substring(0, slash);
    }

    /** Whether two fingers may form an impostor comparison: they come from one folder. */
    public static boolean comparable(String identityA, String identityB) {
        return of(identityA).equals(of(identityB));
    }
}
