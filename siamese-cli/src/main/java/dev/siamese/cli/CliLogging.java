package dev.siamese.cli;

/**
 * The library logs through SLF4J, bound here to slf4j-simple on stderr: warnings only, so that stdout holds the
 * answer alone (ND4J's start-up lines are INFO); {@code --verbose} shows the library's progress too. Must run before
 * the first logger is made; a level the user set ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel}) is kept.
 */
final class CliLogging {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String FILE = "org.slf4j.simpleLogger.logFile";

    private CliLogging() {
    }

    static void quiet() {
        setDefault(LEVEL, "warn");
        setDefault(FILE, "System.err");
    }

    static void verbose() {
        System.setProperty(LEVEL, "info");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
