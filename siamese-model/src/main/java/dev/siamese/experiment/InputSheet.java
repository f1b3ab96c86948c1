package dev.siamese.experiment;

import dev.siamese.AtomicWrite;
import dev.siamese.OutputFiles;
import dev.siamese.data.ImageFiles;
import dev.siamese.pairs.PreparedDataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@value OutputFiles#INPUT_SHEET}: the first fingers and impressions as the network sees them, so a person can
 * check the preprocessing at a glance. Only for a network with {@code model.input}; an older sheet is removed
 * otherwise.
 */
final class InputSheet {
    private InputSheet() {
    }

    /** Writes the sheet of {@code inputs} (the network's view of a data set), or removes it when null. */
    static void write(PreparedDataset inputs, Path outputDirectory) {
        Path file = outputDirectory.resolve(OutputFiles.INPUT_SHEET);
        try {
            if (inputs == null) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(outputDirectory);
            byte[] png = ImageFiles.encodePng(DatasetPreparer.sheet(inputs.images().values()));
            AtomicWrite.write(file, tmp -> Files.write(tmp, png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
