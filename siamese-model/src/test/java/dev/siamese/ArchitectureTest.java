package dev.siamese;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The library's dependency rules, each package's {@code package-info.java} in one test: data flows one way, spec →
 * data → pairs → model → train → eval → results → report, with the records they hand on below the stages that read
 * them and the orchestration ({@code experiment}) above all; the side that reads files (results, sweep, report)
 * never reaches a network; only the engine reaches below DL4J's public API; no package cycle.
 */
@AnalyzeClasses(packages = "dev.siamese", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** What reaches below DL4J's and ND4J's public API: natives, backends, op and layer implementations, workspaces. */
    static final String[] BELOW_DL4J_API = {
            "org.bytedeco..", "org.nd4j.nativeblas..", "org.nd4j.linalg.cpu..", "org.nd4j.linalg.api.ops..",
            "org.nd4j.linalg.api.memory..", "org.nd4j.linalg.api.blas..", "org.nd4j.linalg.learning",
            "org.nd4j.shade..", "org.deeplearning4j.nn.layers..", "org.deeplearning4j.nn.workspace..",
            "org.deeplearning4j.nn.gradient..", "org.deeplearning4j.nn.params..", "org.deeplearning4j.nn.updater..",
            "org.deeplearning4j.nn.graph.vertex.impl.."};

    /** What runs a network: DL4J, ND4J and the packages over them. */
    static final String[] NETWORK = {"org.deeplearning4j..", "org.nd4j..", "org.bytedeco..", "dev.siamese.engine..",
            "dev.siamese.model..", "dev.siamese.train.."};

    @ArchTest
    static final ArchRule dataFlowsOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("root").definedBy("dev.siamese")
            .layer("spec").definedBy("dev.siamese.spec..")
            .layer("distance").definedBy("dev.siamese.distance..")
            .layer("data").definedBy("dev.siamese.data..")
            .layer("preprocess").definedBy("dev.siamese.preprocess..")
            .layer("pairs").definedBy("dev.siamese.pairs..")
            .layer("history").definedBy("dev.siamese.history..")
            .layer("diagnostics").definedBy("dev.siamese.diagnostics..")
            .layer("engine").definedBy("dev.siamese.engine..")
            .layer("model").definedBy("dev.siamese.model..")
            .layer("train").definedBy("dev.siamese.train..")
            .layer("eval").definedBy("dev.siamese.eval..")
            .layer("baseline").definedBy("dev.siamese.baseline..")
            .layer("match").definedBy("dev.siamese.match..")
            .layer("results").definedBy("dev.siamese.results..")
            .layer("sweep").definedBy("dev.siamese.sweep..")
            .layer("report").definedBy("dev.siamese.report..")
            .layer("experiment").definedBy("dev.siamese.experiment..")
            .whereLayer("root").mayNotAccessAnyLayer()
            .whereLayer("spec").mayOnlyAccessLayers("root")
            .whereLayer("distance").mayOnlyAccessLayers("root")
            .whereLayer("data").mayOnlyAccessLayers("root", "spec")
            .whereLayer("preprocess").mayOnlyAccessLayers("root", "spec", "data")
            .whereLayer("pairs").mayOnlyAccessLayers("root", "spec", "data")
            .whereLayer("history").mayOnlyAccessLayers("root")
            .whereLayer("diagnostics").mayOnlyAccessLayers("root", "distance", "history")
            .whereLayer("engine").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("root", "spec", "distance", "data", "preprocess", "pairs",
                    "engine")
            .whereLayer("train").mayOnlyAccessLayers("root", "spec", "distance", "data", "preprocess", "pairs",
                    "history", "diagnostics", "engine", "model")
            .whereLayer("eval").mayOnlyAccessLayers("root", "spec", "distance", "data", "pairs")
            .whereLayer("baseline").mayOnlyAccessLayers("root", "spec", "distance", "data", "preprocess", "pairs",
                    "eval")
            .whereLayer("match").mayOnlyAccessLayers("root", "spec", "distance", "data", "preprocess", "pairs",
                    "model", "eval")
            .whereLayer("results").mayOnlyAccessLayers("root", "spec", "distance", "pairs", "history", "diagnostics",
                    "eval")
            .whereLayer("sweep").mayOnlyAccessLayers("root", "spec", "results")
            .whereLayer("report").mayOnlyAccessLayers("root", "spec", "distance", "data", "pairs", "history",
                    "diagnostics", "eval", "results", "sweep")
            .whereLayer("experiment").mayOnlyAccessLayers("root", "spec", "distance", "data", "preprocess", "pairs",
                    "history", "diagnostics", "engine", "model", "train", "eval", "baseline", "match", "results",
                    "sweep", "report");

    /** siamese:report and siamese:compare read files and draw charts: no backend, no network. */
    @ArchTest
    static final ArchRule theReadSideRunsNoNetwork = noClasses()
            .that().resideInAnyPackage("dev.siamese.spec..", "dev.siamese.distance..", "dev.siamese.history..",
                    "dev.siamese.diagnostics..", "dev.siamese.eval..", "dev.siamese.results..", "dev.siamese.sweep..",
                    "dev.siamese.report..")
            .should().dependOnClassesThat().resideInAnyPackage(NETWORK);

    @ArchTest
    static final ArchRule onlyTheEngineReachesBelowDl4jsApi = noClasses()
            .that().resideOutsideOfPackage("dev.siamese.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(BELOW_DL4J_API);

    @ArchTest
    static final ArchRule theLibraryKnowsNoMaven = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.siamese.(*)..").should().beFreeOfCycles();
}
