package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.ui.FxSteps.close;
import static org.wirecheck.ui.FxSteps.fx;
import static org.wirecheck.ui.FxSteps.onFx;
import static org.wirecheck.ui.FxSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
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
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.PassageMap;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Samples;
import org.wirecheck.ui.view.CopiesView;
import org.wirecheck.ui.view.CopyPane;

/**
 * The reader with more copies than fit side by side, headless: only the panes in (or next to) the viewport hold
 * their text; a pane scrolled into view later shows its highlights, the selected discrepancy's emphasis and the place
 * it was asked to scroll to, with the filters and text size of the moment.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManyCopiesAppTest {

    private static final String PREFS = "/org/wirecheck/ui-many-test";
    private static final int COPIES = 24;
    private static final FxRobot robot = new FxRobot();
    private static WirecheckApp app;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        List<Path> samples = Samples.files();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            String text = Files.readString(samples.get(i % samples.size()));
            if (i >= samples.size() && i % 3 == 0) {
                text = text.replaceFirst(" said ", " stated ");
            }
            files.add(Files.writeString(tmp.resolve(String.format("copy_%02d.txt", i)), text));
        }
        app = FxSteps.startOnSamples((owner, title, folder) -> List.of(), PREFS, tmp.resolve("recovery"));
        fx(() -> app.window().open(files));
        waitUntil(() -> result().compared() == COPIES && !app.session().busyProperty().get());
        waitUntil(() -> copies().panes().stream().anyMatch(CopyPane::isLoaded));
    }

    @AfterAll
    static void stop() throws Exception {
        close(app, PREFS);
    }

    private static ReaderResult result() {
        return app.session().result();
    }

    private static CopiesView copies() {
        return app.window().copies();
    }

    private static DiscrepancyList list() {
        return app.window().listModel();
    }

    private static CopyPane pane(String id) {
        return copies().pane(id).orElseThrow();
    }

    private static CopyPane last() {
        List<CopyPane> all = copies().panes();
        return all.get(all.size() - 1);
    }

    /** The location of {@code d} in copy {@code id} (the first, if several). */
    private static Location in(Discrepancy d, String id) {
        return d.readings().stream().flatMap(r -> r.locations().stream()).filter(l -> l.witnessId().equals(id))
                .filter(l -> !l.isEmpty()).findFirst().orElseThrow();
    }

    private static boolean marked(CopyPane p) {
        StyleClassedTextArea a = p.area();
        for (var span : a.getStyleSpans(0, a.getLength())) {
            if (span.getStyle().contains("mark")) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void onlyThePanesInViewAndTheirNeighboursHoldTheirText() throws Exception {
        List<CopyPane> panes = copies().panes();
        assertThat(panes).hasSize(COPIES);
        List<CopyPane> inView = onFx(() -> panes.stream().filter(copies()::inView).toList());
        assertThat(inView).as("the row scrolls: not all %d panes fit", COPIES).hasSizeBetween(2, COPIES / 2);
        assertThat(inView).allSatisfy(p -> {
            assertThat(p.isLoaded()).as("pane %s in view", p.copy().id()).isTrue();
            assertThat(onFx(() -> p.area().getText())).isEqualTo(p.copy().witness().text());
            assertThat(onFx(() -> marked(p))).as("pane %s highlighted", p.copy().id()).isTrue();
        });
        List<CopyPane> loaded = onFx(() -> copies().loadedPanes());
        assertThat(loaded.size()).as("loaded: in view and the next two").isLessThanOrEqualTo(inView.size() + 3);
        CopyPane far = last();
        assertThat(far.isLoaded()).isFalse();
        assertThatThrownBy(far::area).isInstanceOf(IllegalStateException.class);
        assertThat(onFx(far::getWidth)).as("a placeholder as wide as a pane").isEqualTo(onFx(inView.get(0)::getWidth));
    }

    @Test
    @Order(2)
    void selectingEmphasisesAndScrollsThePanesInViewAtOnceAndTheOthersWhenTheyComeIntoView() throws Exception {
        waitUntil(() -> copies().loadedPanes().stream().anyMatch(p -> !copies().inView(p)));
        CopyPane first = copies().panes().get(0);
        CopyPane ahead = onFx(() -> copies().loadedPanes().stream().filter(p -> !copies().inView(p)).findFirst()
                .orElseThrow());
        CopyPane far = last();
        Discrepancy d = result().discrepancies().stream()
                .filter(x -> x.kind() != Kind.STYLE && x.kind() != Kind.BOILERPLATE)
                .filter(x -> lateIn(x, first) && lateIn(x, ahead) && lateIn(x, far))
                .findFirst().orElseThrow(() -> new AssertionError("no discrepancy late in three copies"));
        assertThat(onFx(() -> ahead.isShowing(in(d, ahead).start()))).as("not on screen before").isFalse();
        fx(() -> list().selectedProperty().set(d));

        Location here = in(d, first.copy().id());
        assertThat(onFx(() -> first.isShowing(here.start()))).isTrue();
        assertThat(onFx(() -> first.area().getStyleOfChar(here.start()))).contains("mark", "selected");
        assertThat(ahead.emphasised()).isNotEmpty();
        assertThat(ahead.emphasisShown()).as("loaded but out of view: restyled later").isEmpty();
        assertThat(onFx(() -> ahead.isShowing(in(d, ahead).start()))).as("moved later").isFalse();
        assertThat(far.isLoaded()).isFalse();
        assertThat(far.emphasised()).as("kept for when it comes into view").isNotEmpty();

        fx(() -> bringIntoView(ahead));
        waitUntil(() -> copies().inView(ahead));
        assertThat(ahead.emphasisShown()).isEqualTo(ahead.emphasised());
        assertThat(onFx(() -> ahead.area().getStyleOfChar(in(d, ahead).start()))).contains("mark", "selected");
        assertThat(onFx(() -> ahead.isShowing(in(d, ahead).start()))).isTrue();
    }

    /** Whether {@code d} has a reading in {@code p}'s copy in its last third, below what the pane shows at first. */
    private static boolean lateIn(Discrepancy d, CopyPane p) {
        int length = p.copy().witness().text().length();
        return d.readings().stream().flatMap(r -> r.locations().stream())
                .anyMatch(l -> l.witnessId().equals(p.copy().id()) && !l.isEmpty() && l.start() > length * 2 / 3);
    }

    private static Location in(Discrepancy d, CopyPane p) {
        return in(d, p.copy().id());
    }

    /** Scrolls the row just far enough for {@code p} to stand at the right edge of the viewport. */
    private static void bringIntoView(CopyPane p) {
        ScrollPane s = copies().scroller();
        double viewport = s.getViewportBounds().getWidth();
        double hidden = s.getContent().getLayoutBounds().getWidth() - viewport;
        s.setHvalue(Math.min(1, (p.getBoundsInParent().getMaxX() - viewport) / hidden));
    }

    @Test
    @Order(3)
    void aPaneScrolledIntoViewShowsItsHighlightsTheEmphasisAndThePlace() throws Exception {
        Discrepancy d = list().selected();
        CopyPane far = last();
        fx(() -> copies().scroller().setHvalue(1));
        waitUntil(() -> far.isLoaded() && copies().inView(far));
        Location there = in(d, far.copy().id());
        assertThat(onFx(() -> far.area().getText())).isEqualTo(far.copy().witness().text());
        assertThat(onFx(() -> marked(far))).isTrue();
        assertThat(onFx(() -> far.area().getStyleOfChar(there.start()))).contains("mark", "selected");
        assertThat(far.emphasisShown()).isEqualTo(far.emphasised());
        assertThat(onFx(() -> far.isShowing(there.start()))).as("scrolled to the place").isTrue();
        assertThat(copies().panes().get(0).isLoaded()).as("far out of view now: unloaded").isFalse();
    }

    @Test
    @Order(4)
    void aPaneBroughtBackIntoViewFollowsTheScrollOfAnother() throws Exception {
        fx(() -> list().selectedProperty().set(null));
        CopyPane first = copies().panes().get(0);
        CopyPane twin = copies().panes().stream() // the same text as the first: the same passages, early in both
                .filter(p -> p != first && p.copy().witness().text().equals(first.copy().witness().text()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(onFx(() -> copies().inView(twin))).isTrue();
        assertThat(first.isLoaded()).isFalse();
        int before = first.topOffset();
        int length = first.copy().witness().text().length();
        fx(() -> twin.showAtTop(length / 4));
        robot.moveTo(twin.area());
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        PassageMap map = result().passages();
        int top = onFx(twin::topOffset);
        int expected = map.offsetOf(first.copy().id(), map.anchorAt(twin.copy().id(), top).orElseThrow())
                .orElseThrow();

        fx(() -> copies().scroller().setHvalue(0));
        waitUntil(() -> first.isLoaded() && copies().inView(first));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int paragraph = onFx(() -> first.area().offsetToPosition(expected, Bias.Forward).getMajor());
        assertThat(onFx(() -> first.area().firstVisibleParToAllParIndex())).isEqualTo(paragraph);
        assertThat(onFx(first::topOffset)).as("moved from where it was unloaded").isNotEqualTo(before);
    }

    @Test
    @Order(5)
    void panesLoadedLaterTakeTheFiltersAndTextSizeOfTheMoment() throws Exception {
        fx(() -> list().kindProperty().set(Kind.NAME));
        int size = app.options().fontSizeProperty().get() + 2;
        fx(() -> app.options().fontSizeProperty().set(size));
        CopyPane middle = copies().panes().get(COPIES / 2);
        assertThat(middle.isLoaded()).isFalse();
        fx(() -> copies().scroller().setHvalue(0.5));
        waitUntil(() -> middle.isLoaded());
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = middle.area();
        assertThat(onFx(area::getStyle)).contains("-fx-font-size: " + size + "px");
        List<TextExt> others = onFx(() -> area.lookupAll(".mark").stream().map(n -> (TextExt) n)
                .filter(t -> !t.getStyleClass().contains("k-name") && !t.getStyleClass().contains("selected"))
                .toList());
        assertThat(others).isNotEmpty().allSatisfy(t -> assertThat(t.getUnderlineWidth().doubleValue()).isZero());
        fx(() -> list().kindProperty().set(null));
        List<TextExt> shown = onFx(() -> area.lookupAll(".mark").stream().map(n -> (TextExt) n)
                .filter(t -> t.getStyleClass().contains("s-high")).toList());
        assertThat(shown).isNotEmpty().allSatisfy(t -> assertThat(t.getUnderlineWidth().doubleValue()).isPositive());
        fx(() -> app.options().fontSizeProperty().set(size - 2));
    }

    @Test
    @Order(6)
    void hidingPanesInViewBringsTheNextOnesInLoaded() throws Exception {
        fx(() -> copies().scroller().setHvalue(0));
        List<CopyPane> panes = copies().panes();
        CopyPane next = panes.stream().filter(p -> !p.isLoaded()).findFirst().orElseThrow();
        List<CopyPane> before = panes.subList(0, panes.indexOf(next));
        fx(() -> before.forEach(p -> app.options().hidden().add(p.copy().path())));
        waitUntil(() -> next.isLoaded() && copies().inView(next));
        assertThat(onFx(() -> marked(next))).isTrue();
        assertThat(before).noneMatch(CopyPane::isLoaded);
        fx(() -> app.options().hidden().clear());
        waitUntil(() -> panes.get(0).isLoaded() && copies().inView(panes.get(0)));
    }
}
