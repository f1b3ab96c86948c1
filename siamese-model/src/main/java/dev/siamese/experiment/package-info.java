/**
 * The orchestration above the stages, what a build and a program both call: prepare the data set, train, evaluate
 * (and write the report), check, sweep; the digests of the inputs that decide when an output is up to date; the
 * lines and gate outcomes the goals show.
 *
 * <p>May import: every package of the library.
 */
package dev.siamese.experiment;
