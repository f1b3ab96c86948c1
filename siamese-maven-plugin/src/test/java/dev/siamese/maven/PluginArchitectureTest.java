package dev.siamese.maven;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The plugin knows no DL4J or ND4J type and nothing of the engine: the library's {@code NetworkProcess} is its one
 * entry point to a network.
 */
@AnalyzeClasses(packages = "dev.siamese.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {
    @ArchTest
    static final ArchRule knowsNoDl4jOrNd4jType = noClasses().that().resideInAPackage("dev.siamese.maven..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..",
                    "dev.siamese.engine..");
}
