package dev.siamese.experiment;

import dev.siamese.ExperimentException;
import dev.siamese.OutputFiles;
import dev.siamese.data.BmpWriter;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.match.GalleryFile;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged files a user can cause: one line naming the file, never "null" or a stack trace. */
class DamagedInputsTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedBmpSaysSo() throws IOException {
        byte[] bmp = BmpWriter.encode(new GrayImage(16, 16, new byte[256]));
        Path file = Files.write(dir.resolve("A_00.bmp"), Arrays.copyOf(bmp, bmp.length / 2));
        ExperimentException e = assertThrows(ExperimentException.class, () -> ImageFiles.readGray(file));
        assertFalse(e.getMessage().contains("null"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": cannot read image: the file ends early or is damaged"),
                e.getMessage());
    }

    @Test
    void aModelWhoseCoefficientsAreCutSaysSo() throws IOException {
        Path spec = Files.writeString(dir.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "cut", "dataset": {"type": "stripes", "size": 16, "stripeWidth": 4,
                 "scansPerFinger": 3}, "model": {"branch": "dense-1"}, "training": {"epochs": 1}}""");
        ExperimentSpec experiment = new ExperimentSpecReader().read(spec);
        Path out = dir.resolve("target/siamese");
        new ExperimentTraining().run(experiment, out, TrainingListener.NONE);
        Path model = out.resolve(OutputFiles.MODEL_FILE);
        Path cut = dir.resolve("cut.zip");
        try (ZipFile in = new ZipFile(model.toFile()); OutputStream raw = Files.newOutputStream(cut);
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (ZipEntry e : in.stream().toList()) {
                byte[] data = in.getInputStream(e).readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("coefficients.bin") ? Arrays.copyOf(data, data.length / 3) : data);
                zip.closeEntry();
            }
        }
        ExperimentException e = assertThrows(ExperimentException.class, () -> SiameseNetwork.load(cut));
        assertTrue(e.getMessage().startsWith(cut + ": not a model saved by this library (coefficients.bin: ends early)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aGalleryWhoseHeaderLengthIsHugeOrNegativeSaysSoNamingTheFile() throws IOException {
        for (int length : new int[] {Integer.MAX_VALUE, -1, 0}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write("SIAMGAL1".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(length);
            out.write("{\"schemaVersion\":1}".getBytes(StandardCharsets.US_ASCII));
            Path file = Files.write(dir.resolve("gallery-" + length + ".bin"), bytes.toByteArray());
            ExperimentException e = assertThrows(ExperimentException.class, () -> GalleryFile.read(file));
            assertTrue(e.getMessage().startsWith(file + ": damaged gallery file: its header length " + length
                    + " does not fit the file's 31 bytes"), e.getMessage());
        }
    }

    @Test
    void aPretrainedModelThatIsATextFileIsRefusedAtTrainAsAtEvaluate() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a model");
        Path spec = Files.writeString(dir.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "text", "dataset": {"type": "stripes", "size": 16, "stripeWidth": 4,
                 "scansPerFinger": 3}, "model": {"type": "pretrained", "from": "notes.txt"}}""");
        ExperimentSpec experiment = new ExperimentSpecReader().read(spec);
        Path out = dir.resolve("target/siamese");
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new ExperimentTraining().run(experiment, out, TrainingListener.NONE));
        assertTrue(e.getMessage().startsWith(dir.resolve("notes.txt") + ": not a model (not a zip file"),
                e.getMessage());
        assertFalse(Files.exists(out.resolve(OutputFiles.MODEL_FILE)), "nothing copied as model.zip");
    }
}
