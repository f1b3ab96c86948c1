/**
 * What runs the networks below DL4J's public API: ND4J's backend and the choice of its native build, oneDNN through
 * JavaCPP, Java kernels for batch normalisation and RMSprop, DL4J layers with cheaper backward passes, and the names
 * saved models knew them by. The model reaches it through {@link dev.siamese.engine.GraphParts},
 * {@link dev.siamese.engine.GraphRuntime} and {@link dev.siamese.engine.Backends}; nothing else of the project
 * reaches below DL4J's public API (checked by the library's {@code ArchitectureTest}).
 *
 * <p>May import: DL4J, ND4J, JavaCPP and oneDNN; no other package of the project.
 */
package dev.siamese.engine;
