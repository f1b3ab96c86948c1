/**
 * What every package shares: the one exception a user can fix ({@link dev.siamese.ExperimentException}), the
 * stages that make files ({@link dev.siamese.Stage}), file names ({@link dev.siamese.OutputFiles}), atomic
 * writes, SHA-256, seeds, the JSON mapper, the version, and what a goal tells its user ({@link dev.siamese.Line},
 * {@link dev.siamese.GateOutcome}).
 *
 * <p>May import: no other package of the project.
 */
package dev.siamese;
