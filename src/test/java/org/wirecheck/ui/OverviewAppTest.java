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
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Overview;
import org.wirecheck.ui.model.Samples;
import org.wirecheck.ui.view.CopyPane;
import org.wirecheck.ui.view.OverviewGrid;
import org.wirecheck.ui.view.OverviewView;

/**
 * The overview: copies by discrepancies, on the samples and on 50 copies; a click on a cell selects the discrepancy
 * and brings that copy's pane into view; rows sort by departure.
 */
class OverviewAppTest {

    private static final String PREFS = "wirecheck-test-overview";
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

    private static OverviewView view() {
        return app.window().overviewView();
    }

    private void openOverview(int copies) throws Exception {
        waitUntil(() -> app.session().result().compared() == copies && !app.session().busyProperty().get());
        if (!onFx(() -> app.window().overviewShowing())) {
            robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        }
        waitUntil(() -> onFx(() -> app.window().overviewShowing() && view().overview() != null
                && view().overview().rows().size() == copies));
    }

    /** Clicks the cell at {@code row}, {@code column} of the grid. */
    private void click(int row, int column) throws Exception {
        OverviewGrid grid = view().grid();
        Point2D at = onFx(() -> {
            double[] c = grid.cellCentre(row, column);
            return grid.localToScreen(c[0], c[1]);
        });
        robot.clickOn(at.getX(), at.getY());
    }

    @Test
    void theSamplesOverviewShowsTheListsFactsAndAClickGoesToThatCopy() throws Exception {
        fx(() -> app.window().openSamples());
        openOverview(5);
        assertThat(onFx(() -> view().grid().columnCount())).isEqualTo(app.window().listModel().visible().size());

        Overview o = onFx(() -> view().overview());
        int last = o.rows().size() - 1;
        String copy = o.rows().get(last).copyId();
        click(last, 0);
        waitUntil(() -> !onFx(() -> app.window().overviewShowing()));
        Discrepancy chosen = app.window().listModel().selected();
        assertThat(chosen).isNotNull();
        assertThat(app.window().listModel().visible()).contains(chosen);
        CopyPane pane = onFx(() -> app.window().copies().pane(copy).orElseThrow());
        waitUntil(() -> onFx(() -> app.window().copies().inView(pane)));

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> app.window().overviewShowing()));
        robot.clickOn("#overview-rows").clickOn("Rows by departure");
        waitUntil(() -> onFx(() -> view().overview().rows().stream().mapToDouble(Overview.Row::departure)
                .boxed().toList()).equals(onFx(() -> view().overview().rows().stream()
                .mapToDouble(Overview.Row::departure).boxed().sorted(java.util.Comparator.reverseOrder()).toList())));
        fx(() -> app.window().showOverview(false));
    }

    @Test
    void fiftyCopiesOpenInTheOverviewAndTheLastRowLeadsToTheLastPane() throws Exception {
        List<Path> samples = Samples.files();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String text = Files.readString(samples.get(i % samples.size()));
            if (i >= samples.size() && i % 3 == 0) {
                text = text.replaceFirst(" said ", " stated ");
            }
            files.add(Files.writeString(tmp.resolve(String.format("copy_%02d.txt", i)), text));
        }
        fx(() -> app.window().open(files));
        openOverview(50);
        Overview o = onFx(() -> view().overview());
        assertThat(o.rows()).hasSize(50);
        fx(() -> view().grid().layout());
        // the last row, scrolled to, then clicked: the copies show that copy
        OverviewGrid grid = view().grid();
        fx(() -> ((javafx.scene.control.ScrollBar) grid.getChildrenUnmodifiable().get(2)).setValue(
                ((javafx.scene.control.ScrollBar) grid.getChildrenUnmodifiable().get(2)).getMax()));
        int last = o.rows().size() - 1;
        String copy = o.rows().get(last).copyId();
        click(last, 0);
        waitUntil(() -> !onFx(() -> app.window().overviewShowing()));
        CopyPane pane = onFx(() -> app.window().copies().pane(copy).orElseThrow());
        waitUntil(() -> onFx(() -> app.window().copies().inView(pane)));
        fx(() -> app.session().open(List.of()));
    }

    @Test
    void theVersionsAreNamedTheEarliestCopyWithItsTimeAndACopyWithoutTimeSaidUnordered() throws Exception {
        String early = "<p>Officials in Arlen said 480 people were evacuated on Monday after the river rose.</p>"
                + "<p>The mayor said the shelters in the schools would stay open until Friday.</p>"
                + "<p>Forecasters expect more rain in the hills before the weekend, officials said.</p>";
        String later = early.replace("480 people", "650 people").replace("on Monday", "on Tuesday")
                .replace("Officials in Arlen", "Police in Arlen").replace("in the hills", "in the north");
        List<Path> files = new ArrayList<>();
        String[][] copies = {{"e1", early, "2026-03-02T04:10:00Z"}, {"e2", early, "2026-03-02T05:00:00Z"},
            {"e3", early, ""}, {"l1", later, "2026-03-02T09:30:00Z"}, {"l2", later, "2026-03-02T10:00:00Z"},
            {"l3", later, "2026-03-02T11:15:00Z"}};
        for (String[] c : copies) {
            String meta = c[2].isEmpty() ? "" : "<meta property=\"article:published_time\" content=\"" + c[2] + "\">";
            files.add(Files.writeString(tmp.resolve(c[0] + ".html"), "<html><head><title>Flood</title>" + meta
                    + "</head><body><article>" + c[1] + "</article></body></html>"));
        }
        fx(() -> app.window().open(files));
        openOverview(6);
        List<String> lines = onFx(() -> view().lookupAll(".versions-line").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        String all = String.join("\n", lines);
        assertThat(lines).anyMatch(l -> l.startsWith("Version 1") && l.contains("A, B, C"))
                .anyMatch(l -> l.startsWith("Version 2") && l.contains("D, E, F"));
        assertThat(all).contains("likely source").contains("Earliest copy: A").contains("04:10");
        assertThat(all).contains("No time known for C: unordered, not guessed.");
        assertThat(onFx(() -> view().lookup("#versions").lookupAll("Canvas").size())).isEqualTo(1);
        fx(() -> app.window().showOverview(false));
        fx(() -> app.session().open(List.of()));
    }
}
