package dev.siamese.cli;

/** What {@code siamese} exits with; listed in each command's help ({@link #LIST}). */
final class ExitCodes {
    /** The command did its work. */
    static final int OK = 0;
    /** The scans match. */
    static final int MATCH = 0;
    /** The scans do not match. */
    static final int NO_MATCH = 1;
    /** A mistake the user can fix: a missing or unreadable file, a model that is not one, a bad option. */
    static final int USER_ERROR = 2;
    /** A bug or a broken installation (with its stack trace). */
    static final int INTERNAL_ERROR = 3;

    static final String HEADING = "%nExit codes:%n";
    /** The codes of a command that decides; a picocli {@code exitCodeList}. */
    static final String DECISION = "0:the scans match";
    static final String NO_DECISION = "1:they do not match";
    static final String DONE = "0:done";
    static final String USER = "2:a user error (a missing or unreadable file, not a model, a bad option), one line on stderr";
    static final String INTERNAL = "3:an internal error, with its stack trace";

    private ExitCodes() {
    }
}
