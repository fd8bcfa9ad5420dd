package org.wirecheck;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The allowed dependencies (docs/architecture.md): the pipeline's layers in order, each depending only on layers
 * below it; {@code ui} and {@code cli} sit on top of the engine; the engine (everything else) is plain Java that
 * knows nothing of JavaFX or of its callers; {@code text} is the bottom layer; {@code files} stands alone; no cycles
 * between packages; the report model knows none of its formats, and each format knows none of the others.
 */
@AnalyzeClasses(packages = "org.wirecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {
        "org.wirecheck.text..", "org.wirecheck.ingest..", "org.wirecheck.align..", "org.wirecheck.classify..",
        "org.wirecheck.facts..", "org.wirecheck.compare..", "org.wirecheck.report..", "org.wirecheck.review..",
        "org.wirecheck.files.."
    };

    /** The pipeline from the bottom up (docs/architecture.md); {@code ingest} and {@code files} stand beside it. */
    private static final List<String> PIPELINE = List.of("text", "align", "classify", "facts", "compare", "report",
            "review");

    @ArchTest
    static final ArchRule layersDependOnlyOnLayersBelow = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("text").definedBy("org.wirecheck.text..")
            .layer("files").definedBy("org.wirecheck.files..")
            .layer("ingest").definedBy("org.wirecheck.ingest..")
            .layer("align").definedBy("org.wirecheck.align..")
            .layer("classify").definedBy("org.wirecheck.classify..")
            .layer("facts").definedBy("org.wirecheck.facts..")
            .layer("compare").definedBy("org.wirecheck.compare..")
            .layer("report").definedBy("org.wirecheck.report..")
            .layer("review").definedBy("org.wirecheck.review..")
            .layer("cli").definedBy("org.wirecheck.cli..")
            .layer("ui").definedBy("org.wirecheck.ui..")
            .whereLayer("text").mayNotAccessAnyLayer()
            .whereLayer("files").mayNotAccessAnyLayer()
            .whereLayer("ingest").mayOnlyAccessLayers("text")
            .whereLayer("align").mayOnlyAccessLayers(below("align"))
            .whereLayer("classify").mayOnlyAccessLayers(below("classify"))
            .whereLayer("facts").mayOnlyAccessLayers(below("facts"))
            .whereLayer("compare").mayOnlyAccessLayers(below("compare"))
            .whereLayer("report").mayOnlyAccessLayers(below("report", "files"))
            .whereLayer("review").mayOnlyAccessLayers(below("review", "files"))
            .whereLayer("cli").mayOnlyAccessLayers(pipelineAnd("ingest", "files"))
            .whereLayer("ui").mayOnlyAccessLayers(pipelineAnd("ingest", "files"))
            .because("the pipeline runs one way (docs/architecture.md); ingest and files serve only layers above them");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.wirecheck.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyUiAndCliUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.wirecheck.ui..", "org.wirecheck.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine must run (and be tested) without JavaFX");

    @ArchTest
    static final ArchRule engineDoesNotKnowItsCallers = noClasses()
            .that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.wirecheck.cli..", "org.wirecheck.ui..")
            .because("the user interface and the command line render the engine's result, not the reverse");

    @ArchTest
    static final ArchRule textIsTheBottomLayer = noClasses()
            .that().resideInAPackage("org.wirecheck.text..")
            .should().dependOnClassesThat(resideInAPackage("org.wirecheck..")
                    .and(not(resideInAPackage("org.wirecheck.text.."))))
            .because("text (witnesses, tokens) is what every other package builds on");

    @ArchTest
    static final ArchRule filesStandsAlone = noClasses()
            .that().resideInAPackage("org.wirecheck.files..")
            .should().dependOnClassesThat(resideInAPackage("org.wirecheck..")
                    .and(not(resideInAPackage("org.wirecheck.files.."))))
            .because("the one output check and atomic writer serve the command line, the window and the review file");

    @ArchTest
    static final ArchRule reportModelKnowsNoFormat = noClasses()
            .that().resideInAPackage("org.wirecheck.report")
            .should().dependOnClassesThat().resideInAnyPackage("org.wirecheck.report.(*)..")
            .because("each format renders the model behind ReportRenderer; report.export picks the renderer");

    @ArchTest
    static final ArchRule formatsDoNotKnowEachOther = slices().matching("org.wirecheck.report.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("org.wirecheck.report.export.."), alwaysTrue())
            .because("html, pdf and plain each stand on the model alone; only report.export knows them all");

    /** The pipeline's layers below {@code layer}, and the layers beside it named. */
    private static String[] below(String layer, String... beside) {
        return Stream.concat(PIPELINE.subList(0, PIPELINE.indexOf(layer)).stream(), Stream.of(beside))
                .toArray(String[]::new);
    }

    /** Every layer of the pipeline, and the layers beside it named. */
    private static String[] pipelineAnd(String... beside) {
        return Stream.concat(PIPELINE.stream(), Stream.of(beside)).toArray(String[]::new);
    }
}
