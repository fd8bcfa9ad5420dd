package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wirecheck.ui.FxSteps.close;
import static org.wirecheck.ui.FxSteps.fx;
import static org.wirecheck.ui.FxSteps.onFx;
import static org.wirecheck.ui.FxSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.ui.model.Grouping;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Section;
import org.wirecheck.ui.view.CopyPane;

/**
 * The reader shows the facts first, on the samples and on the real stories of {@code ../shared/eval/dev/} (read from
 * there; skipped where that folder is absent): the list and the panes hold the high items only, one key shows all
 * drift, and the legend draws every kind with the panes' own styles.
 */
class FactsFirstAppTest {

    private static final String PREFS = "wirecheck-test-facts-first";
    private static final Path DEV = Path.of("..", "shared", "eval", "dev");
    private static WirecheckApp app;
    private final FxRobot robot = new FxRobot();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        app = FxSteps.startOnSamples((owner, title, folder) -> List.of(), PREFS, tmp.resolve("recovery"));
    }

    @AfterAll
    static void stop() throws Exception {
        close(app, PREFS);
    }

    private static ReaderResult result() {
        return app.session().result();
    }

    static Stream<Path> devStories() throws IOException {
        if (!Files.isDirectory(DEV)) {
            return Stream.of((Path) null);
        }
        try (Stream<Path> s = Files.list(DEV)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("devStories")
    void opensFactsFirstOnEachRealStory(Path story) throws Exception {
        assumeTrue(story != null, "../shared/eval/dev/ is not here");
        List<Path> copies;
        try (Stream<Path> s = Files.list(story)) {
            copies = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        fx(() -> app.session().open(copies));
        waitUntil(() -> result().comparison() != null && result().compared() == copies.size()
                && !app.session().busyProperty().get());
        assertFactsFirst();
        fx(() -> app.session().open(List.of()));
    }

    @Test
    void theSamplesOpenFactsFirstAndOneKeyShowsAllDrift() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && result().compared() == 5
                && !app.session().busyProperty().get());
        assertFactsFirst();
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitUntil(() -> app.window().listModel().visible().size() == result().discrepancies().size());
        CopyPane first = app.window().copies().loadedPanes().get(0);
        assertThat(onFx(() -> FxSteps.shownSeverities(first))).contains("s-high", "s-medium");
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitUntil(() -> app.window().listModel().visible().stream().allMatch(d -> d.severity() == Severity.HIGH));
        assertThat(onFx(() -> FxSteps.shownSeverities(first))).containsOnly("s-high");
        // a word whose medium mark the facts-first view hides is plain text: clicking it changes nothing
        fx(() -> app.window().listModel().selectedProperty().set(null));
        int hidden = onFx(() -> {
            for (int i = 0; i < first.area().getLength(); i++) {
                int at = i;
                if (first.copy().marks().discrepancyAt(at).stream()
                        .anyMatch(d -> result().discrepancies().get(d).severity() != Severity.HIGH)) {
                    return at;
                }
            }
            return -1;
        });
        assertThat(hidden).isNotNegative();
        fx(() -> app.window().clicked(first.copy(), hidden));
        assertThat(app.window().listModel().selected()).isNull();
        assertThat(app.window().listModel().visible()).allMatch(d -> d.severity() == Severity.HIGH);
    }

    @Test
    void groupedByCopyEachCopyHeadsItsDriftCardAndAFactChosenUnderACopyStaysThere() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && result().compared() == 5
                && !app.session().busyProperty().get());
        robot.clickOn("#grouping");
        robot.clickOn("Group by copy");
        waitUntil(() -> app.window().listModel().groupingProperty().get() == Grouping.COPY);
        TreeView<Object> tree = robot.lookup("#discrepancies").queryAs(TreeView.class);
        List<Section> sections = onFx(() -> tree.getRoot().getChildren().stream()
                .map(t -> (Section) t.getValue()).toList());
        assertThat(sections).isNotEmpty();
        for (Section s : sections) {
            PaneCopy pane = result().pane(s.id().substring("copy:".length())).orElseThrow();
            assertThat(s.detail()).startsWith(pane.drift().summary());
            assertThat(s.items()).allMatch(d -> d.readingOf(pane.id()) != null);
            assertThat(s.items()).as("facts first: each copy's facts").hasSize(pane.drift().facts().size());
        }
        // the last copy's first fact: it may stand under earlier copies too, and the selection stays where chosen
        TreeItem<Object> last = onFx(() -> tree.getRoot().getChildren().get(sections.size() - 1));
        TreeItem<Object> item = onFx(() -> last.getChildren().get(0));
        fx(() -> tree.getSelectionModel().select(item));
        assertThat(app.window().listModel().selected()).isEqualTo(item.getValue());
        assertThat(onFx(() -> tree.getSelectionModel().getSelectedItem())).isSameAs(item);
        fx(() -> app.window().listModel().groupingProperty().set(Grouping.KIND));
    }

    @Test
    void factsFirstBandsThePassagesACopyRewrites() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && result().compared() == 5
                && !app.session().busyProperty().get());
        assertThat(onFx(() -> app.window().copies().getStyleClass())).contains("hide-medium");
        long banded = 0;
        for (CopyPane pane : onFx(() -> app.window().copies().loadedPanes())) {
            banded += onFx(() -> {
                long n = 0;
                for (int i = 0; i < pane.area().getLength(); i++) {
                    n += pane.area().getStyleOfChar(i).contains("band") ? 1 : 0;
                }
                return n;
            });
        }
        assertThat(banded).as("characters in bands").isPositive();
    }

    @Test
    void theDarkThemeIsChosenFromTheViewMenuAndTheCopiesTextTurnsLight() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && !app.session().busyProperty().get());
        CopyPane pane = onFx(() -> app.window().copies().loadedPanes().get(0));
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        waitUntil(() -> onFx(() -> pane.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"))));
        javafx.scene.paint.Color text = onFx(() -> textFill(pane));
        assertThat(text.getBrightness()).as("text on the dark ground").isGreaterThan(0.7);
        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        waitUntil(() -> onFx(() -> pane.getScene().getStylesheets().stream().noneMatch(s -> s.endsWith("dark.css"))));
        assertThat(onFx(() -> textFill(pane)).getBrightness()).isLessThan(0.3);
        fx(() -> app.window().options().themeProperty().set(org.wirecheck.ui.model.Theme.SYSTEM));
    }

    /** The fill of the first plain word drawn in a pane. */
    private static javafx.scene.paint.Color textFill(CopyPane pane) {
        pane.applyCss();
        pane.layout();
        return (javafx.scene.paint.Color) pane.lookupAll(".text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && t.getParent() != null
                        && t.getParent().getStyleClass().contains("paragraph-text") && !t.getText().isBlank())
                .map(n -> ((javafx.scene.text.Text) n).getFill()).findFirst().orElseThrow();
    }

    @Test
    void aNewUserSeesTheGettingStartedHintUntilDismissingItAndHelpBringsItBack() throws Exception {
        javafx.scene.Node hint = robot.lookup("#first-run-hint").query();
        if (!onFx(hint::isVisible)) {
            robot.clickOn("Help").clickOn("Getting started");
        }
        waitUntil(() -> onFx(hint::isVisible));
        assertThat(onFx(() -> robot.lookup("#first-run-hint .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList()))
                .anyMatch(t -> t.contains("Ctrl+O") && t.contains("F8") && t.contains("1, 2, 3"));
        robot.clickOn("#hint-dismiss");
        waitUntil(() -> !onFx(hint::isVisible));
        assertThat(new org.wirecheck.ui.model.Settings(PREFS).hintSeen()).isTrue();
        robot.clickOn("Help").clickOn("Getting started");
        waitUntil(() -> onFx(hint::isVisible));
        robot.clickOn("#hint-dismiss");
    }

    @Test
    void theDensityBarShowsWhereEachFactLiesAndAClickGoesToIt() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && result().compared() == 5
                && !app.session().busyProperty().get());
        javafx.scene.layout.Region bar = robot.lookup("#density-bar").queryAs(javafx.scene.layout.Region.class);
        List<javafx.scene.Node> ticks = onFx(() -> List.copyOf(bar.lookupAll(".density-tick")));
        assertThat(ticks).hasSize(app.window().listModel().visible().size());
        // the tick of the last fact in the story: clicking it selects that fact
        fx(() -> app.window().listModel().selectedProperty().set(null));
        javafx.scene.Node lowest = onFx(() -> ticks.stream().filter(javafx.scene.Node::isVisible)
                .max(java.util.Comparator.comparingDouble(t -> t.getBoundsInParent().getMinY())).orElseThrow());
        javafx.geometry.Bounds b = onFx(() -> lowest.localToScreen(lowest.getBoundsInLocal()));
        robot.clickOn(b.getCenterX(), b.getCenterY());
        waitUntil(() -> app.window().listModel().selected() != null);
        Discrepancy chosen = app.window().listModel().selected();
        String kindClass = org.wirecheck.ui.model.StyleClasses.of(chosen.kind());
        assertThat(onFx(() -> lowest.getStyleClass())).contains(kindClass);
        assertThat(onFx(() -> bar.lookup(".density-selected").isVisible())).isTrue();
    }

    @Test
    void aRowSaysNoMajorityWhereNoReadingHasOneAndTheCountOfCopiesElsewhere() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && result().compared() == 5
                && !app.session().busyProperty().get());
        Discrepancy none = app.window().listModel().visible().stream().filter(d -> !d.hasMajority()).findFirst()
                .orElseThrow();
        Discrepancy some = app.window().listModel().visible().stream().filter(Discrepancy::hasMajority).findFirst()
                .orElseThrow();
        for (Discrepancy d : List.of(none, some)) {
            fx(() -> app.window().listModel().selectedProperty().set(d));
            waitUntil(() -> robot.lookup("#row-" + d.id()).tryQuery().isPresent());
            String counts = onFx(() -> robot.lookup("#row-" + d.id() + " .row-counts")
                    .queryAs(javafx.scene.control.Label.class).getText());
            if (d == none) {
                assertThat(counts).startsWith("no majority (").contains(" of 5)");
            } else {
                assertThat(counts).startsWith(d.readings().get(0).count() + " of 5").doesNotContain("no majority");
            }
        }
    }

    @Test
    void theSelectedDiscrepancysApparatusIsShownAndCopiedAsText() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> result().comparison() != null && result().compared() == 5
                && !app.session().busyProperty().get());
        Discrepancy d = app.window().listModel().visible().get(0);
        fx(() -> app.window().listModel().selectedProperty().set(d));
        waitUntil(() -> robot.lookup("#apparatus").tryQuery().isPresent());
        fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith(d.id() + " ").contains("]");
        for (var r : d.readings()) {
            for (var l : r.locations()) {
                assertThat(copied).contains(l.witnessId());
            }
        }
        assertThat(onFx(() -> robot.lookup("#apparatus").queryAs(javafx.scene.control.Label.class).getText()))
                .contains(org.wirecheck.compare.Apparatus.of(result().comparison(), d).entry());
    }

    @Test
    void theLegendDrawsEachKindWithThePanesStyles() throws Exception {
        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#legend").tryQuery().isPresent());
        StyleClassedTextArea legend = robot.lookup("#legend").queryAs(StyleClassedTextArea.class);
        String text = onFx(legend::getText);
        for (Kind k : Kind.values()) {
            String name = k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            int at = text.indexOf(name);
            assertThat(at).as(name).isGreaterThanOrEqualTo(0);
            assertThat(onFx(() -> legend.getStyleOfChar(at + 1))).as(name)
                    .contains("mark", org.wirecheck.ui.model.StyleClasses.of(k));
        }
        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        assertThat(onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage st && "Legend".equals(st.getTitle())).count()))
                .as("asking again brings the same legend forward").isEqualTo(1L);
        fx(() -> legend.getScene().getWindow().hide());
    }

    private static void assertFactsFirst() throws Exception {
        List<Discrepancy> shown = List.copyOf(app.window().listModel().visible());
        long facts = result().discrepancies().stream().filter(d -> d.severity() == Severity.HIGH).count();
        assertThat(shown).hasSize((int) facts).allMatch(d -> d.severity() == Severity.HIGH);
        assertThat(onFx(() -> app.window().statusBar().levels().getText())).startsWith(facts + " fact");
        for (CopyPane pane : onFx(() -> app.window().copies().loadedPanes())) {
            assertThat(onFx(() -> FxSteps.shownSeverities(pane))).as(pane.copy().id()).isSubsetOf("s-high");
        }
    }
}
