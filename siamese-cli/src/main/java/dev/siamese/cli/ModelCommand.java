package dev.siamese.cli;

import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * A command that uses a trained model and answers in text or JSON: the options every such command shares (the model,
 * its threshold, dpi and resize policy; {@code --json} and {@code -o}), declared once.
 */
abstract class ModelCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Mixin
    JsonOutput output;
}
