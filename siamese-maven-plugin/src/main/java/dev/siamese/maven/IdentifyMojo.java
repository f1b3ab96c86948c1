package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.Sha256;
import dev.siamese.match.ModelLocation;
import dev.siamese.match.FingerprintMatcher;
import dev.siamese.match.Gallery;
import dev.siamese.match.GalleryFile;
import dev.siamese.match.Identification;
import dev.siamese.match.IdentificationReport;
import dev.siamese.match.ImageFolder;
import dev.siamese.match.Ranking;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Searches a gallery for one scan or a folder of scans (1:N, exact): the top identities of each (each by its best
 * template), or its top templates, in a table in the log and in a JSON file. Needs no project.
 *
 * @since 0.2.0
 */
@Mojo(name = "identify", requiresProject = false, threadSafe = true)
public class IdentifyMojo extends ModelMojo {

    /**
     * The gallery file written by {@code siamese:enroll}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.gallery")
    private File gallery;

    /**
     * The probe: one scan, or a folder of scans.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.probe")
    private File probe;

    /**
     * What is ranked: {@code identities} (each by its nearest template, so the top candidates are different
     * fingers) or {@code templates} (several impressions of one finger may fill the top).
     *
     * @since 0.3.0
     */
    @Parameter(property = "siamese.identify.rank", defaultValue = "identities")
    private String rank;

    /**
     * Candidates (identities or templates, see {@code rank}) per probe.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.top", defaultValue = "5")
    private int top;

    /**
     * The JSON file of the candidates; default {@code identify.json} beside the gallery.
     *
     * @since 0.2.0
     */
    @Parameter(property = "siamese.identifyOutput")
    private File identifyOutput;

    @Override
    protected void use() {
        if (gallery == null || probe == null) {
            throw new ExperimentException("siamese:identify needs -Dsiamese.gallery=<file> and -Dsiamese.probe=<image or folder>");
        }
        if (top < 1) {
            throw new ExperimentException("siamese.top: must be at least 1, got " + top);
        }
        Ranking ranking = Ranking.parse(rank, "siamese.identify.rank");
        Path galleryFile = path(gallery);
        Gallery g = GalleryFile.read(galleryFile);
        List<Path> probes = ImageFolder.images(path(probe));
        Path modelPath = locateModel();
        g.requireModel(Sha256.of(ModelLocation.of(modelPath).model()), galleryFile.toString()); // before loading ND4J
        FingerprintMatcher matcher = loadMatcher(modelPath);
        List<Identification.ProbeResult> results = new Identification(matcher, g, galleryFile.toString())
                .identify(probes, top, ranking);
        IdentificationReport report = IdentificationReport.of(galleryFile.toString(), matcher, ranking, top, results);
        report.table().forEach(getLog()::info);
        Path out = identifyOutput != null ? path(identifyOutput) : galleryFile.resolveSibling("identify.json");
        try {
            report.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        getLog().info("Searched " + g.size() + " templates for " + probes.size() + " probe"
                + (probes.size() == 1 ? "" : "s") + "; wrote " + out);
    }
}
