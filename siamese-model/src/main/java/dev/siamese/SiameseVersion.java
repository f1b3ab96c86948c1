package dev.siamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of this build, from {@code dev/siamese/version.properties}, which Maven fills in from the POM:
 * nothing is typed twice, so results and fingerprints cannot claim a version the jar is not.
 */
public final class SiameseVersion {
    private static final Properties VERSIONS = load();

    private SiameseVersion() {
    }

    /** This library's version, e.g. {@code 0.2.0}. */
    public static String siamese() {
        return VERSIONS.getProperty("siamese");
    }

    /** The Deeplearning4j / ND4J version this library is built against. */
    public static String dl4j() {
        return VERSIONS.getProperty("dl4j");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SiameseVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("dev/siamese/version.properties missing from the library jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
