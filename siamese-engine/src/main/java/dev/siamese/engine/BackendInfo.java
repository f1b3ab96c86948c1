package dev.siamese.engine;

/**
 * The ND4J backend that was loaded, as {@link Backends#initialise()} found it.
 *
 * @param name               backend name ("CPU", "CUDA")
 * @param nativeBuild        instruction set the native library was compiled for: "generic", "AVX2" or "AVX512"
 * @param cpuLevel           best instruction set this CPU supports, same names
 * @param ompThreads         OpenMP threads ND4J uses
 * @param oneDnnBuild        whether the native library was built with oneDNN ({@code HAVE_ONEDNN})
 * @param oneDnnHelpers      whether DL4J's oneDNN layer helpers (convolution, pooling, batch norm) will attach
 * @param startupSeconds     seconds the first ND4J initialisation took (0 when it was already initialised)
 */
public record BackendInfo(String name, String nativeBuild, String cpuLevel, int ompThreads, boolean oneDnnBuild,
                          boolean oneDnnHelpers, double startupSeconds) {

    /** One line for logs and reports. */
    public String describe() {
        return name + " backend, " + nativeBuild + " native build (CPU supports " + cpuLevel + "), "
                + ompThreads + " OpenMP threads, oneDNN " + (oneDnnBuild ? "built in" : "absent")
                + ", oneDNN layer helpers " + (oneDnnHelpers ? "active" : "inactive");
    }
}
