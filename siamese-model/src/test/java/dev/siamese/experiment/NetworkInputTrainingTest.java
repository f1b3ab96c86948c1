package dev.siamese.experiment;

import dev.siamese.OutputFiles;
import dev.siamese.data.GrayImage;
import dev.siamese.data.ImageFiles;
import dev.siamese.data.LabeledImage;
import dev.siamese.data.Split;
import dev.siamese.data.synthetic.SyntheticFingerprintGenerator;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Verification;
import dev.siamese.model.NetworkInputs;
import dev.siamese.model.SiameseNetwork;
import dev.siamese.preprocess.TestTimeViews;
import dev.siamese.pairs.PreparedDataset;
import dev.siamese.results.Results;
import dev.siamese.spec.ExperimentSpec;
import dev.siamese.spec.ExperimentSpecReader;
import dev.siamese.spec.InputSpec;
import dev.siamese.spec.SyntheticFingerprintsDatasetSpec;
import dev.siamese.train.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real scans come in several sizes at a declared resolution: a network with {@code model.input} trains on them, records
 * how it saw them, is evaluated and used on raw files alike, and a second network starts from its embedding.
 */
class NetworkInputTrainingTest {
    private static final String BRANCH = "[{\"type\": \"conv2d\", \"filters\": 6, \"kernel\": 3, \"stride\": 2, "
            + "\"padding\": \"same\"}, {\"type\": \"batchnorm\"}, {\"type\": \"activation\", \"activation\": \"relu\"}, "
            + "{\"type\": \"globalavgpool\"}, {\"type\": \"dense\", \"units\": 8}]";

    @TempDir
    static Path dir;
    static Path scans;
    static ExperimentSpec first;
    static Path firstOut;

    /** 8 synthetic fingers × 3 at 250 dpi, every other scan on a larger canvas: sizes differ, resolution does not. */
    @BeforeAll
    static void scansOfSeveralSizes() throws IOException {
        scans = dir.resolve("scans");
        Files.createDirectories(scans);
        List<LabeledImage> images = SyntheticFingerprintGenerator.generate(new SyntheticFingerprintsDatasetSpec(8, 3,
                96, 4.5, SyntheticFingerprintsDatasetSpec.ClassMix.NATURAL,
                SyntheticFingerprintsDatasetSpec.ImpressionVariation.defaults(96)), 5);
        for (int i = 0; i < images.size(); i++) {
            GrayImage img = images.get(i).image();
            Files.write(scans.resolve(images.get(i).file()), ImageFiles.encodePng(i % 2 == 0 ? img : onCanvas(img, 130, 110)));
        }
        first = spec("first", "");
        firstOut = dir.resolve("first/target/siamese");
        new ExperimentTraining().run(first, firstOut, TrainingListener.NONE);
    }

    private static GrayImage onCanvas(GrayImage img, int width, int height) {
        GrayImage out = GrayImage.filled(width, height, 255);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                out.set(x + 20, y + 3, img.get(x, y));
            }
        }
        return out;
    }

    private static ExperimentSpec spec(String name, String extraModel) throws IOException {
        return spec(name, extraModel, 1);
    }

    private static ExperimentSpec spec(String name, String extraModel, int views) throws IOException {
        Path file = dir.resolve(name + "/experiment.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"" + name + "\", \"seed\": 3,"
                + "\"dataset\": {\"type\": \"folder\", \"folder\": \"../scans\", \"dpi\": 250, "
                + "\"identityPattern\": \"^(\\\\d+)_\\\\d+\"},"
                + "\"split\": {\"validationFraction\": 0.25, \"strategy\": \"by-identity\"},"
                + "\"pairs\": {\"strategy\": \"balanced\", \"validationStrategy\": \"fvc\"},"
                + "\"model\": {\"branch\": " + BRANCH + ", \"loss\": {\"type\": \"cosface\"}, "
                + "\"input\": {\"dpi\": 125, \"width\": 48, \"height\": 48, \"views\": " + views + "}" + extraModel + "},"
                + "\"training\": {\"epochs\": 2, \"batchSize\": 6}}");
        return new ExperimentSpecReader(List.of(dir)).read(file);
    }

    @Test
    void theModelRecordsHowItSawTheScansAndIsEvaluatedOnThem() {
        SiameseNetwork net = SiameseNetwork.load(firstOut.resolve(OutputFiles.MODEL_FILE));
        assertEquals(new InputSpec(125, 48, 48, InputSpec.Normalisation.RIDGES), net.metadata().input());
        assertEquals(48, net.metadata().width());
        assertTrue(Files.isRegularFile(firstOut.resolve(OutputFiles.INPUT_SHEET)), "what the network sees");
        assertTrue(Files.isRegularFile(firstOut.resolve(OutputFiles.DATASET_FOLDER).resolve(OutputFiles.SAMPLE_SHEET)),
                "the scans as they came");
        PreparedDataset data = PreparedDataset.read(firstOut.resolve(OutputFiles.DATASET_FOLDER));
        assertEquals(Set.copyOf(data.sha256Of(Split.TRAIN)), net.trainedOn(), "the images it was trained on, and no others");
        GrayImage sheet = ImageFiles.readGray(firstOut.resolve(OutputFiles.INPUT_SHEET));
        assertEquals(3 + 6 * (48 + 3), sheet.height(), "six fingers of 48-pixel inputs, 3-pixel gutters");
        assertEquals(3 + 3 * (48 + 3), sheet.width(), "three impressions each");
        Results results = new ExperimentEvaluation().run(first, firstOut);
        assertEquals(6, results.metrics().validation().genuinePairs(), "2 validation fingers × C(3, 2)");
        assertTrue(Double.isFinite(results.metrics().validation().eer()));
    }

    /** With views, an embedding is the mean of the unit embeddings of the scan turned and shifted a little. */
    @Test
    void viewsAverageTheUnitEmbeddingsOfTurnedAndShiftedScans() throws IOException {
        ExperimentSpec viewed = spec("viewed", ", \"init\": \"../first/target/siamese\"", 3);
        InputSpec three = viewed.model().input();
        assertEquals(3, three.views());
        Path out = dir.resolve("viewed/target/siamese");
        new ExperimentTraining().run(viewed, out, TrainingListener.NONE);
        SiameseNetwork withViews = SiameseNetwork.load(out.resolve(OutputFiles.MODEL_FILE));
        List<GrayImage> images = List.of(ImageFiles.readGray(scans.resolve("1_1.png")), ImageFiles.readGray(scans.resolve("2_1.png")));
        List<GrayImage> prepared = images.stream().map(i -> NetworkInputs.of(i, three, 250)).toList();
        INDArray mean = null;
        for (int v = 0; v < 3; v++) {
            int view = v;
            INDArray e = withViews.singleViewEmbeddings(prepared.stream().map(i -> TestTimeViews.of(i, view, 128)).toList());
            INDArray unit = e.divColumnVector(e.norm2(1).reshape(2, 1));
            mean = mean == null ? unit : mean.add(unit);
        }
        assertTrue(mean.div(3).equalsWithEps(withViews.embeddings(prepared), 1e-5));
        assertNotEquals(withViews.singleViewEmbeddings(prepared), withViews.embeddings(prepared));
    }

    @Test
    void theMatcherTakesRawScansOfAnySizeAtTheirResolution() throws IOException {
        new ExperimentEvaluation().run(first, firstOut);
        FingerprintMatcher matcher = FingerprintMatcher.load(firstOut).withScanDpi(250);
        Path small = scans.resolve("1_1.png");
        Path large = scans.resolve("1_2.png");
        assertNotEquals(ImageFiles.readGray(small).width(), ImageFiles.readGray(large).width());
        Verification v = matcher.verify(small, large);
        assertTrue(Double.isFinite(v.distance()));
        double atWrongResolution = matcher.withScanDpi(500).verify(small, large).distance();
        assertNotEquals(v.distance(), atWrongResolution, "the resolution decides how the scans are rescaled");
    }

    @Test
    void initStartsFromTheTrainedEmbeddingWithANewHead() throws IOException {
        ExperimentSpec second = spec("second", ", \"init\": \"../first/target/siamese\"");
        SiameseNetwork trained = SiameseNetwork.load(firstOut.resolve(OutputFiles.MODEL_FILE));
        SiameseNetwork fresh = SiameseNetwork.create(second.model(), second.training(), 99, 48, 48, 6,
                DataType.FLOAT);
        fresh.startEmbeddingFrom(trained, "first");
        INDArray input = fresh.input(List.of(GrayImage.filled(48, 48, 90), GrayImage.filled(48, 48, 200)));
        assertEquals(trained.embeddings(input), fresh.embeddings(input), "the embedding is the trained one");
        Path out = dir.resolve("second/target/siamese");
        new ExperimentTraining().run(second, out, TrainingListener.NONE);
        assertTrue(Files.isRegularFile(out.resolve(OutputFiles.MODEL_FILE)));
        assertEquals(trained.trainedOn(), SiameseNetwork.load(out.resolve(OutputFiles.MODEL_FILE)).trainedOn(),
                "the same images again: what the first model was trained on is kept");
        String before = InputDigests.training(second, InputDigests.dataset(second));
        Files.write(firstOut.resolve(OutputFiles.MODEL_FILE), Files.readAllBytes(firstOut.resolve(OutputFiles.MODEL_FILE)));
        assertEquals(before, InputDigests.training(second, InputDigests.dataset(second)), "same init bytes, same fingerprint");
    }
}
