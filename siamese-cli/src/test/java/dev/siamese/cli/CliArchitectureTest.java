package dev.siamese.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command line goes through the library's {@code dev.siamese.match}: no DL4J or ND4J type, nothing of the engine. */
@AnalyzeClasses(packages = "dev.siamese.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {
    @ArchTest
    static final ArchRule knowsNoDl4jOrNd4jType = noClasses().that().resideInAPackage("dev.siamese.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..",
                    "dev.siamese.engine..", "dev.siamese.model..");
}
