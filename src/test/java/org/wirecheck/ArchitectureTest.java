package org.wirecheck;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed dependencies: {@code ui} and {@code cli} sit on top of the engine; the engine (everything else) is
 * plain Java that knows nothing of JavaFX or of its callers; {@code text} is the bottom layer.
 */
@AnalyzeClasses(packages = "org.wirecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {
        "org.wirecheck.text..", "org.wirecheck.ingest..", "org.wirecheck.align..", "org.wirecheck.classify..", "org.wirecheck.facts..",
        "org.wirecheck.compare..", "org.wirecheck.report..", "org.wirecheck.review.."
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
}
