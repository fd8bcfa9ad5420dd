package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.ui.FxSteps.close;
import static org.wirecheck.ui.FxSteps.fx;
import static org.wirecheck.ui.FxSteps.onFx;
import static org.wirecheck.ui.FxSteps.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.wirecheck.ui.view.CopyPane;

/**
 * The keyboard and the layout: Tab goes round the window in reading order, the note gives it back, the shortcuts list
 * reads; the tool bar chooses which copies are shown, and panes keep a readable width.
 */
class KeyboardAndLayoutAppTest {

    private static final String PREFS = "wirecheck-test-keyboard";
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

    private static Node focused() throws Exception {
        return onFx(() -> app.window().getScene().getFocusOwner());
    }

    /** The id of the focused node or of the nearest parent that has one. */
    private static String where() throws Exception {
        return onFx(() -> {
            for (Node n = app.window().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n instanceof CopyPane p) {
                    return "pane-" + p.copy().id();
                }
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return "?";
        });
    }

    @Test
    void tabGoesRoundInReadingOrderAndTheNoteGivesTheKeyboardBack() throws Exception {
        fx(() -> app.window().listModel().next()); // a discrepancy selected: the verdicts and the note are enabled
        fx(() -> app.window().sidebar().focusSearch());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 40 && (seen.isEmpty() || !seen.get(seen.size() - 1).equals("search") || i < 2); i++) {
            robot.type(KeyCode.TAB);
            seen.add(where());
        }
        assertThat(seen).containsSubsequence("severity-high", "severity-medium", "severity-low", "kind-filter",
                "copy-filter", "verdict-filter", "grouping", "discrepancies", "verdict-confirmed-error", "note",
                "reference", "pane-A", "pane-B", "search");
        assertThat(seen.indexOf("note")).isLessThan(seen.indexOf("reference"));

        fx(() -> app.window().detail().focusNote());
        TextArea note = (TextArea) focused();
        String before = onFx(() -> note.getText());
        robot.type(KeyCode.TAB);
        String after = onFx(() -> note.getText());
        assertThat(after).as("Tab types no tab").isEqualTo(before);
        assertThat(where()).isEqualTo("reference");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(where()).isEqualTo("note");
    }

    @Test
    void theCopiesButtonChoosesWhichCopiesAreShownAndPanesKeepAReadableWidth() throws Exception {
        fx(() -> app.window().openSamples());
        waitUntil(() -> app.session().result().compared() == 5 && !app.session().busyProperty().get());
        javafx.scene.control.MenuButton button = robot.lookup("#copies-menu")
                .queryAs(javafx.scene.control.MenuButton.class);
        assertThat(onFx(button::getText)).isEqualTo("Copies: all 5");
        robot.clickOn("#copies-menu");
        robot.clickOn(onFx(() -> button.getItems().stream()
                .filter(i -> i.getText() != null && i.getText().startsWith("E ")).findFirst().orElseThrow().getText()));
        waitUntil(() -> onFx(() -> app.window().copies().visiblePanes().size()) == 4);
        assertThat(onFx(button::getText)).isEqualTo("Copies: 4 of 5");
        robot.clickOn("#copies-menu").clickOn("Show all copies");
        waitUntil(() -> onFx(() -> app.window().copies().visiblePanes().size()) == 5);
        assertThat(onFx(button::getText)).isEqualTo("Copies: all 5");

        fx(() -> app.session().open(app.session().result().panes().stream().limit(2)
                .map(org.wirecheck.ui.model.PaneCopy::path).toList()));
        waitUntil(() -> app.session().result().compared() == 2 && !app.session().busyProperty().get());
        fx(() -> app.window().options().fontSizeProperty().set(9));
        waitUntil(() -> onFx(() -> app.window().copies().loadedPanes().size()) == 2);
        for (CopyPane p : onFx(() -> app.window().copies().loadedPanes())) {
            double width = onFx(() -> {
                p.getScene().getRoot().applyCss();
                p.getScene().getRoot().layout();
                return p.getWidth();
            });
            assertThat(width).as("two panes in a wide window stop at about 80 characters a line")
                    .isLessThanOrEqualTo(44 * 9 + 1);
        }
        fx(() -> app.window().options().resetZoom());
    }

    @Test
    void theShortcutsWindowKeepsEachKeyOnOneLine() throws Exception {
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        javafx.scene.layout.GridPane grid = robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class);
        List<javafx.scene.control.Label> keys = onFx(() -> grid.lookupAll(".shortcut-keys").stream()
                .map(javafx.scene.control.Label.class::cast).toList());
        assertThat(keys).isNotEmpty();
        for (javafx.scene.control.Label k : keys) {
            double oneLine = onFx(() -> k.getFont().getSize() * 2);
            assertThat(onFx(k::getHeight)).as(k.getText()).isLessThan(oneLine);
            assertThat(onFx(() -> k.getWidth() >= k.prefWidth(-1) - 0.5)).as(k.getText()).isTrue();
        }
        robot.type(KeyCode.F1);
        assertThat(onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && "Keyboard shortcuts".equals(st.getTitle())).count()))
                .isEqualTo(1L);
        fx(() -> grid.getScene().getWindow().hide());
    }
}
