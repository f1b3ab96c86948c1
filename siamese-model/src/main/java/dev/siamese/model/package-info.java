/**
 * The Siamese network on DL4J's public API: the graph factory, the losses, the network with its files
 * ({@code model.zip}, names of classes that moved), batched distances and embeddings, and images as network input.
 * What runs below DL4J's public API is the engine's ({@code dev.siamese.engine}), reached through its entry points.
 *
 * <p>May import: {@code dev.siamese}, {@code spec}, {@code distance}, {@code data}, {@code preprocess},
 * {@code pairs}, {@code engine}; DL4J and ND4J's public API.
 */
package dev.siamese.model;
