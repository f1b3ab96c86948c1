package dev.siamese.spec;

import dev.siamese.ExperimentException;
import dev.siamese.data.BmpWriter;
import dev.siamese.data.GrayImage;
import dev.siamese.experiment.DatasetPreparer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Confinement holds file by file: a scans/ folder inside the project holding symbolic links to images elsewhere is
 * refused (it used to be accepted, and report.html published the outside images); links that stay inside pass.
 */
class ConfinementTest {
    @TempDir
    Path dir;

    private Path image(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, BmpWriter.encode(new GrayImage(8, 8, new byte[64])));
    }

    private ExperimentSpec spec(Path project) throws IOException {
        Path file = Files.writeString(project.resolve("experiment.json"), """
                {"schemaVersion": 1, "name": "links", "dataset": {"type": "folder", "folder": "scans",
                 "identityPattern": "^(\\\\d)"}, "model": {"type": "sourceafis"}}""");
        return new ExperimentSpecReader().read(file);
    }

    @Test
    void aLinkToAnImageOutsideTheProjectIsRefusedNamingIt() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path elsewhere = image(dir.resolve("elsewhere/secret.bmp"));
        image(project.resolve("scans/1_1.bmp"));
        Path link = Files.createSymbolicLink(project.resolve("scans/1_2.bmp"), elsewhere);
        ExperimentSpec spec = spec(project);
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new DatasetPreparer().prepare(spec, project.resolve("target/siamese/dataset")));
        assertTrue(e.getMessage().startsWith(link + ": is " + elsewhere.toRealPath() + " (a symbolic link followed), "
                + "outside the folders dataset.folder may read"), e.getMessage());
        assertFalse(Files.exists(project.resolve("target/siamese/dataset/manifest.json")), "no data set made");
    }

    @Test
    void linksThatStayInsideAndAllowedFoldersPass() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        image(project.resolve("scans/1_1.bmp"));
        Files.createSymbolicLink(project.resolve("scans/1_2.bmp"), image(project.resolve("originals/a.bmp")));
        Path allowed = image(dir.resolve("allowed/b.bmp"));
        Files.createSymbolicLink(project.resolve("scans/2_1.bmp"), allowed);
        Confinement confinement = Confinement.of(project, List.of(dir.resolve("allowed")));
        assertTrue(confinement.contains(project.resolve("scans/1_2.bmp")));
        assertTrue(confinement.contains(project.resolve("scans/2_1.bmp")));
        assertFalse(Confinement.of(project, List.of()).contains(project.resolve("scans/2_1.bmp")));
    }
}
