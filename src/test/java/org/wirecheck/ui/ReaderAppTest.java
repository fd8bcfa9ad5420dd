package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.ui.FxSteps.close;
import static org.wirecheck.ui.FxSteps.fx;
import static org.wirecheck.ui.FxSteps.onFx;
import static org.wirecheck.ui.FxSteps.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.PassageMap;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Samples;
import org.wirecheck.ui.model.Settings;
import org.wirecheck.ui.view.CopyPane;
import org.wirecheck.ui.view.MainWindow;

/**
 * The reader as a user drives it, headless (Monocle): one app start shared by all steps, in order. The app opens
 * on the samples; the steps then select, navigate, filter, hide, open and add files through the app's own paths.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderAppTest {

    private static final String PREFS = "/org/wirecheck/ui-test";
    private static final FxRobot robot = new FxRobot();
    private static final List<Path> nextChoice = new ArrayList<>();
    private static WirecheckApp app;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        app = FxSteps.startOnSamples((owner, title, folder) -> List.copyOf(nextChoice), PREFS, tmp.resolve("recovery"));
    }

    @AfterAll
    static void stop() throws Exception {
        close(app, PREFS);
    }

    private static ReaderResult result() {
        return app.session().result();
    }

    private static MainWindow window() {
        return app.window();
    }

    private static DiscrepancyList list() {
        return window().listModel();
    }

    private static Discrepancy cheyChoi() {
        return result().discrepancies().stream()
                .filter(d -> d.kind() == Kind.NAME)
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("Chey")))
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("Choi")))
                .findFirst().orElseThrow(() -> new AssertionError("no Chey/Choi name discrepancy"));
    }

    @Test
    @Order(1)
    void opensOnTheSamplesAlreadyCompared() throws Exception {
        int samples = Samples.files().size();
        assertThat(samples).isEqualTo(5);
        assertThat(result().compared()).isEqualTo(samples);
        assertThat(window().copies().visiblePanes()).hasSize(samples);
        assertThat(result().discrepancies()).isNotEmpty();
        // facts first: the list and the panes show the high items only, and the status bar says what each level holds
        long facts = facts();
        assertThat(facts).isPositive().isLessThan(result().discrepancies().size());
        assertThat(list().visible()).hasSize((int) facts).allMatch(d -> d.severity() == Severity.HIGH);
        assertThat(onFx(() -> window().statusBar().position().getText()))
                .isEqualTo(facts + " of " + result().discrepancies().size() + " discrepancies shown");
        assertThat(onFx(() -> window().statusBar().levels().getText())).startsWith(facts + " facts · ");
        CopyPane first = window().copies().panes().get(0);
        assertThat(onFx(() -> first.area().getText())).isEqualTo(first.copy().witness().text());
        assertThat(onFx(() -> FxSteps.shownSeverities(first))).containsOnly("s-high");
    }

    private static long facts() {
        return result().discrepancies().stream().filter(d -> d.severity() == Severity.HIGH).count();
    }


    @Test
    @Order(2)
    void theSidebarListsTheCheyChoiDiscrepancy() throws Exception {
        Discrepancy d = cheyChoi();
        assertThat(list().visible()).contains(d);
        TreeItem<Object> group = onFx(() -> window().sidebar().tree().getRoot().getChildren().stream()
                .filter(g -> g.getChildren().stream().anyMatch(i -> d.equals(i.getValue())))
                .findFirst().orElse(null));
        assertThat(group).as("a NAME group holding it").isNotNull();
        assertThat(group.getValue().toString()).contains("NAME");
    }

    @Test
    @Order(3)
    void selectingItBringsBothReadingsIntoViewStyled() throws Exception {
        Discrepancy d = cheyChoi();
        robot.clickOn("#search").write("Choi");
        waitUntil(() -> list().visible().contains(d) && list().visible().size() < result().discrepancies().size());
        robot.clickOn("#row-" + d.id());
        waitUntil(() -> d.equals(list().selected()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (Reading r : d.readings()) {
            for (Location l : r.locations()) {
                CopyPane pane = window().copies().pane(l.witnessId()).orElseThrow();
                assertThat(onFx(() -> pane.isShowing(l.start()))).as("%s shown in %s", r.text(), l.witnessId())
                        .isTrue();
                assertThat(onFx(() -> pane.area().getStyleOfChar(l.start() + 1)))
                        .as("style of %s in %s", r.text(), l.witnessId())
                        .contains("mark", "k-name", "s-high", "selected");
                assertThat(onFx(() -> pane.area().getText(l.start(), l.end()))).isEqualTo(r.text());
            }
        }
        String detail = onFx(() -> robot.lookup("#detail").queryAs(javafx.scene.layout.VBox.class)
                .getChildrenUnmodifiable().toString());
        assertThat(detail).isNotEmpty();
        assertThat(onFx(() -> robot.lookup("#detail-summary").queryLabeled().getText())).isEqualTo(d.summary());
        // the copy that lacks the passage (D) is named in the row and in the detail, not left out
        assertThat(result().lacking(d)).containsExactly("D");
        assertThat(onFx(() -> robot.lookup("#row-" + d.id()).lookup(".row-counts").queryLabeled()
                .getText())).isEqualTo("3 of 5 · outlier C · D lacks the passage");
        assertThat(onFx(() -> robot.lookup("#detail-lacking").queryAs(javafx.scene.layout.VBox.class)
                .getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).toList()))
                .contains("(lacking the passage)", "1 of 5: D")
                .anyMatch(t -> t.startsWith("D  003_") && t.endsWith("this passage is not in this copy"));
        robot.doubleClickOn("#search").eraseText(4);
        waitUntil(() -> list().visible().size() == facts());
        // one switch (Ctrl+D) shows all drift, in the list and in the panes; the later tests read all of it
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitUntil(() -> list().visible().size() == result().discrepancies().size());
        CopyPane first = window().copies().panes().get(0);
        assertThat(onFx(() -> FxSteps.shownSeverities(first))).contains("s-high", "s-medium");
        assertThat(onFx(() -> robot.lookup("#all-drift").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected())).isTrue();
    }

    @Test
    @Order(4)
    void nextAndPreviousWalkTheListFromTheKeyboard() throws Exception {
        fx(() -> list().selectedProperty().set(null));
        int total = list().visible().size();
        robot.clickOn("#status");
        robot.press(KeyCode.F8).release(KeyCode.F8);
        waitUntil(() -> list().selected() == list().visible().get(0));
        assertThat(onFx(() -> window().statusBar().position().getText())).isEqualTo("1 of " + total);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> list().selected() == list().visible().get(1));
        robot.press(KeyCode.F8).release(KeyCode.F8);
        waitUntil(() -> list().selected() == list().visible().get(2));
        assertThat(onFx(() -> window().statusBar().position().getText())).isEqualTo("3 of " + total);
        robot.press(KeyCode.SHIFT, KeyCode.F8).release(KeyCode.F8, KeyCode.SHIFT);
        waitUntil(() -> list().selected() == list().visible().get(1));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> list().selected() == list().visible().get(0));
        assertThat(onFx(() -> window().statusBar().position().getText())).isEqualTo("1 of " + total);
    }

    @Test
    @Order(5)
    void clickingAHighlightedWordSelectsItsRow() throws Exception {
        Discrepancy d = cheyChoi();
        Location choi = d.readings().stream().filter(r -> r.text().contains("Choi")).findFirst().orElseThrow()
                .locations().get(0);
        fx(() -> list().selectedProperty().set(null));
        CopyPane pane = window().copies().pane(choi.witnessId()).orElseThrow();
        fx(() -> pane.reveal(choi.start()));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        Bounds b = onFx(() -> pane.area().getCharacterBoundsOnScreen(choi.start() + 1, choi.start() + 2)
                .orElseThrow());
        robot.clickOn(b.getCenterX(), b.getCenterY(), MouseButton.PRIMARY);
        waitUntil(() -> list().selected() != null);
        int owner = pane.copy().marks().discrepancyAt(choi.start() + 1).orElseThrow();
        assertThat(list().selected()).isEqualTo(result().discrepancies().get(owner));
        assertThat(list().selected().kind()).isEqualTo(Kind.NAME);
    }

    @Test
    @Order(6)
    void filteringByKindShowsOnlyThatKind() throws Exception {
        int nameCount = (int) result().discrepancies().stream().filter(d -> d.kind() == Kind.NAME).count();
        robot.clickOn("#kind-filter");
        robot.clickOn("Name (" + nameCount + ")");
        waitUntil(() -> list().kindProperty().get() == Kind.NAME);
        assertThat(list().visible()).hasSize(nameCount).allMatch(d -> d.kind() == Kind.NAME);
        assertThat(onFx(() -> window().sidebar().tree().getRoot().getChildren().size())).isEqualTo(1);
        assertThat(onFx(() -> robot.lookup("#sidebar-count").queryLabeled().getText()))
                .isEqualTo(nameCount + " of " + result().discrepancies().size() + " shown");
        robot.clickOn("#severity-high");
        waitUntil(() -> !list().severities().contains(org.wirecheck.classify.Severity.HIGH));
        assertThat(list().visible()).allMatch(d -> d.severity() != org.wirecheck.classify.Severity.HIGH);
        assertThat(window().copies().getStyleClass()).contains("hide-high");
        fx(() -> list().clearFilters());
        assertThat(onFx(() -> ((ComboBox<?>) robot.lookup("#kind-filter").query()).getValue())).isNull();
        assertThat(list().visible()).hasSize(result().discrepancies().size());
    }

    @Test
    @Order(7)
    void scrollingOnePaneBringsTheOthersToTheSamePassage() throws Exception {
        fx(() -> list().selectedProperty().set(null));
        CopyPane b = window().copies().pane("B").orElseThrow();
        CopyPane d = window().copies().pane("D").orElseThrow();
        robot.moveTo(b.area());
        robot.scroll(12, VerticalDirection.DOWN);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        PassageMap map = result().passages();
        int top = onFx(b::topOffset);
        assertThat(top).isGreaterThan(0);
        int expected = map.offsetOf("D", map.anchorAt("B", top).orElseThrow()).orElseThrow();
        int expectedParagraph = onFx(() -> d.area().offsetToPosition(expected,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        assertThat(onFx(() -> d.area().firstVisibleParToAllParIndex())).isBetween(expectedParagraph - 1,
                expectedParagraph);
    }

    @Test
    @Order(8)
    void hidingAPaneAndShowingItAgain() throws Exception {
        assertThat(window().copies().visiblePanes()).hasSize(5);
        robot.clickOn("#hide-C");
        waitUntil(() -> window().copies().visiblePanes().size() == 4);
        assertThat(window().copies().pane("C").orElseThrow().isVisible()).isFalse();
        assertThat(result().compared()).isEqualTo(5);
        robot.clickOn("View").clickOn("Show all copies");
        waitUntil(() -> window().copies().visiblePanes().size() == 5);
    }

    @Test
    @Order(9)
    void openingASetOfFilesThroughTheOpenCommand() throws Exception {
        List<Path> samples = Samples.files();
        nextChoice.clear();
        nextChoice.addAll(List.of(samples.get(0), samples.get(2), samples.get(4)));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> result().compared() == 3 && !app.session().busyProperty().get());
        assertThat(window().copies().panes()).extracting(p -> p.copy().name())
                .containsExactly(samples.get(0).getFileName().toString(), samples.get(2).getFileName().toString(),
                        samples.get(4).getFileName().toString());
        assertThat(new Settings(PREFS).recent().get(0)).hasSize(3);
    }

    @Test
    @Order(10)
    void anUnreadableFileIsNamedWithItsReasonAndTheOthersStay() throws Exception {
        Path binary = tmp.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path good = Samples.files().get(1);
        nextChoice.clear();
        nextChoice.addAll(List.of(binary, empty, good));
        AtomicReference<String> before = new AtomicReference<>();
        fx(() -> before.set(window().messageBar().text()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> result().compared() == 4 && !app.session().busyProperty().get());
        String message = onFx(() -> window().messageBar().text());
        assertThat(message).contains("photo.txt").contains("binary").contains("empty.txt").contains("empty");
        assertThat(onFx(() -> window().messageBar().isVisible())).isTrue();
        assertThat(window().copies().panes()).hasSize(4);
        assertThat(app.session().files()).hasSize(4).doesNotContain(binary, empty);
        robot.clickOn("#message-dismiss");
        waitUntil(() -> !window().messageBar().isVisible());
    }

    @Test
    @Order(11)
    void choosingTheReferenceRecomputesInTheBackground() throws Exception {
        Path wanted = window().copies().panes().get(0).copy().path();
        robot.clickOn("#reference");
        robot.clickOn(window().copies().panes().get(0).copy().id() + " · " + wanted.getFileName());
        waitUntil(() -> wanted.equals(app.session().referenceProperty().get()) && !app.session().busyProperty().get()
                && result().paneOf(wanted).map(p -> p.copy().base()).orElse(false));
        assertThat(onFx(() -> robot.lookup("#pane-A").lookup(".reference-badge").queryLabeled().getText()))
                .isEqualTo("REFERENCE");
    }

    @Test
    @Order(12)
    void zoomChangesTheTextSize() throws Exception {
        int before = app.options().fontSizeProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> app.options().fontSizeProperty().get() == before + 1);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> app.options().fontSizeProperty().get() == before);
    }

    @Test
    @Order(13)
    void sidebarRowsShowTheirOwnItemAfterScrollingAndFiltering() throws Exception {
        fx(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).setText(""));
        waitUntil(() -> list().visible().size() == result().discrepancies().size());
        int rows = onFx(() -> window().sidebar().tree().getExpandedItemCount());
        for (int target : new int[] {rows / 2, rows - 1, 0}) {
            fx(() -> window().sidebar().tree().scrollTo(target));
            assertRowsMatchTheirItems();
        }
        fx(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).setText("Choi"));
        waitUntil(() -> list().visible().size() < result().discrepancies().size());
        assertRowsMatchTheirItems();
    }

    /** Every filled row of the sidebar (cells are reused while scrolling) shows the readings of its own item. */
    private static void assertRowsMatchTheirItems() throws Exception {
        List<String> problems = onFx(() -> {
            List<String> wrong = new ArrayList<>();
            int checked = 0;
            for (javafx.scene.Node n : robot.lookup(".tree-cell").queryAll()) {
                javafx.scene.control.TreeCell<?> cell = (javafx.scene.control.TreeCell<?>) n;
                if (cell.isEmpty() || !cell.isVisible() || cell.getItem() == null) {
                    continue;
                }
                checked++;
                if (cell.getItem() instanceof Discrepancy d) {
                    String shown = ((javafx.scene.control.Label) cell.getGraphic().lookup(".row-readings")).getText();
                    if (!("row-" + d.id()).equals(cell.getGraphic().getId())
                            || !org.wirecheck.ui.model.RowText.readings(d).equals(shown)) {
                        wrong.add(d.id() + " shows " + cell.getGraphic().getId() + " " + shown);
                    }
                }
            }
            if (checked < 5) {
                wrong.add("only " + checked + " rows");
            }
            return wrong;
        });
        assertThat(problems).isEmpty();
    }
}
