package org.wirecheck;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed dependencies: {@code ui} and {@code cli} sit on top of the engine; the engine (everything else) is
 * plain Java that knows nothing of JavaFX or of its callers; {@code text} is the bottom layer; {@code files} stands
 * alone; the report model knows none of its formats, and each format knows none of the others.
 */
@AnalyzeClasses(packages = "org.wirecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {
        "org.wirecheck.text..", "org.wirecheck.ingest..", "org.wirecheck.align..", "org.wirecheck.classify..",
        "org.wirecheck.facts..", "org.wirecheck.compare..", "org.wirecheck.report..", "org.wirecheck.review..",
        "org.wirecheck.files.."
    };

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
}
