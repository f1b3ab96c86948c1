package dev.siamese.spec;

/**
 * Real scans that are not in the repository (their licences forbid it): a spec names them below
 * {@value #VARIABLE} in {@code dataset.folder}, and the build is given that folder as the property
 * {@value #PROPERTY}, laid out as the project's development copy ({@code fcj2020/}, {@code fvc2000-db1-b/}, ...).
 */
public final class RealData {
    public static final String PROPERTY = "siamese.realData";
    public static final String VARIABLE = "${" + PROPERTY + "}";

    private RealData() {
    }
}
