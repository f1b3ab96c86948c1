package dev.siamese.engine;

import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Set;

/**
 * Initialises ND4J once, before any other ND4J or DL4J use, and says what was loaded.
 *
 * <p>Two switches make DL4J 1.0.0-M2.1 use the oneDNN kernels for convolution, pooling and batch
 * normalisation: the system property {@value #HELPERS_DISABLE_PROPERTY}, which DL4J reads on every helper
 * creation and which defaults to "true", is set to "false" unless the user set it; and the class
 * {@link org.nd4j.nativeblas.Nd4jCpu} answers DL4J's availability check, which still looks for the
 * pre-M2 class name. Without a oneDNN native build both are harmless: DL4J uses its own implementations.
 * Where several native builds are on the class path, the one {@link NativeBuilds} picks for this CPU is named.
 */
public final class Backends {
    /** DL4J's switch for all layer helpers (cuDNN, oneDNN); "true" by default in M2.1. */
    public static final String HELPERS_DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";
    /** The {@code siamese.*} system properties the engine reads itself ({@code siamese.onednn.direct}). */
    public static final Set<String> SIAMESE_PROPERTIES = Set.of(OneDnn.SWITCH_PROPERTY);

    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);
    private static BackendInfo info;

    private Backends() {
    }

    /**
     * Makes ND4J load its classes through {@code owner}'s class loader (it picks one once): a host that loads
     * this library in a class loader of its own (a Maven plugin) calls this before {@link #initialise}.
     */
    public static void useClassLoaderOf(Class<?> owner) {
        ND4JClassLoading.setNd4jClassloaderFromClass(owner);
    }

    /**
     * Loads the ND4J backend (idempotent). A missing backend becomes a {@link BackendUnavailableException} that
     * says which dependency to add.
     */
    public static synchronized BackendInfo initialise() {
        if (info != null) {
            return info;
        }
        if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
            System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
        }
        if (System.getProperty(NativeBuilds.EXTENSION_PROPERTY) == null) {
            NativeBuilds.bestPresent(Backends.class.getClassLoader(), NativeBuilds.cpuFlags())
                    .ifPresent(extension -> System.setProperty(NativeBuilds.EXTENSION_PROPERTY, extension));
        }
        long start = System.nanoTime();
        try {
            Nd4j.getBackend();
            Nd4j.scalar(0f); // forces the native library and the executioner to load
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            throw noBackend(e);
        } catch (RuntimeException e) {
            if (hasNoBackendCause(e)) {
                throw noBackend(e);
            }
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        info = describe(seconds);
        LOG.info("ND4J: {} (start-up {} s)", info.describe(), String.format(Locale.ROOT, "%.2f", seconds));
        if (info.oneDnnBuild() && !info.oneDnnHelpers()) {
            LOG.warn("the oneDNN native build is loaded but DL4J's oneDNN helpers will not attach ({}={})",
                    HELPERS_DISABLE_PROPERTY, System.getProperty(HELPERS_DISABLE_PROPERTY));
        }
        return info;
    }

    private static BackendInfo describe(double seconds) {
        String name = Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend", "unknown");
        String build = "unknown";
        String cpu = "unknown";
        int threads = 1;
        boolean oneDnn = false;
        try {
            NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
            build = levelName(ops.binaryLevel());
            cpu = levelName(ops.optimalLevel());
            threads = ops.ompGetMaxThreads();
            String buildInfo = ops.buildInfo();
            oneDnn = buildInfo != null && buildInfo.contains("HAVE_ONEDNN");
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("native build details unavailable", e);
        }
        boolean helpers = oneDnn && !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY, "true"))
                && oneDnnCheckPasses();
        return new BackendInfo(name, build, cpu, threads, oneDnn, helpers, seconds);
    }

    private static boolean oneDnnCheckPasses() {
        try {
            return BaseMKLDNNHelper.mklDnnEnabled();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** ND4J's numbering (CpuNDArrayFactory): 3 AVX-512, 2 AVX/AVX2, anything else generic x86-64. */
    static String levelName(int level) {
        return switch (level) {
            case 3 -> "AVX512";
            case 2 -> "AVX2";
            default -> "generic";
        };
    }

    private static boolean hasNoBackendCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Nd4jBackend.NoAvailableBackendException) {
                return true;
            }
        }
        return false;
    }

    private static BackendUnavailableException noBackend(Throwable e) {
        String detail = hasNoBackendCause(e) ? "no ND4J backend on the classpath"
                : "the ND4J backend failed to load (" + e + ")";
        return new BackendUnavailableException(detail + ": add org.nd4j:nd4j-native (CPU) or an nd4j-cuda backend, version "
                + "1.0.0-M2.1, to the dependencies, and check that its native jar for this platform is present", e);
    }
}
