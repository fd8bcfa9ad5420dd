package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.ui.FxSteps.close;
import static org.wirecheck.ui.FxSteps.fx;
import static org.wirecheck.ui.FxSteps.launch;
import static org.wirecheck.ui.FxSteps.onFx;
import static org.wirecheck.ui.FxSteps.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.TextExt;
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
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.Fixtures;
import org.wirecheck.review.RecoveryJournal;
import org.wirecheck.review.ReviewFile;
import org.wirecheck.review.ReviewService;
import org.wirecheck.review.Verdict;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Settings;
import org.wirecheck.ui.view.CopyPane;
import org.wirecheck.ui.view.FileDialogs;
import org.wirecheck.ui.view.MainWindow;

/**
 * The review workflow as a user drives it, headless: the app starts, finds the review a crashed run left unsaved and
 * restores it; verdicts are set from the keyboard and seen in the sidebar, the status bar and an exported report;
 * the review is saved, opened again after a copy changed, and the verdict whose discrepancy went away is listed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewAppTest {

    private static final String PREFS = "/org/wirecheck/ui-review-test";
    private static final FxRobot robot = new FxRobot();
    private static final Answers answers = new Answers();
    private static WirecheckApp app;
    private static List<Path> files;
    private static Discrepancy holden;

    @TempDir
    static Path tmp;

    /** The dialogs, answered by the test. */
    static final class Answers implements FileDialogs {
        volatile Path reviewTarget;
        volatile Path reportTarget;
        volatile boolean replace;
        volatile int scope;
        final List<String> asked = new ArrayList<>();
        final List<List<String>> scopes = new ArrayList<>();

        @Override
        public Optional<Integer> choose(Window owner, String title, String message, List<String> choices) {
            scopes.add(choices);
            return Optional.of(scope);
        }

        @Override
        public List<Path> chooseFiles(Window owner, String title, Path initialFolder) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseReviewTarget(Window owner, Path initialFolder, String suggestedName) {
            return Optional.ofNullable(reviewTarget);
        }

        @Override
        public Optional<Path> chooseReportTarget(Window owner, Path initialFolder, String suggestedName) {
            return Optional.ofNullable(reportTarget);
        }

        @Override
        public boolean confirm(Window owner, String title, String message, String action) {
            asked.add(message);
            return replace;
        }

        @Override
        public Unsaved askUnsaved(Window owner, String message) {
            asked.add(message);
            return Unsaved.DISCARD;
        }

        @Override
        public Restore offerRestore(Window owner, String message) {
            asked.add(message);
            return Restore.RESTORE;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        new Settings(PREFS).clear();
        files = Fixtures.write(Files.createDirectories(tmp.resolve("story")));
        Comparison c = Fixtures.compare(files, null);
        holden = c.discrepancies().stream().filter(d -> d.summary().contains("Holden")).findFirst().orElseThrow();
        // a run that ended without saving: one verdict and note in its recovery journal
        ReviewService crashed = new ReviewService(tmp.resolve("recovery"));
        crashed.setContext(Fixtures.saved(files), null);
        crashed.setVerdict(holden, Verdict.CONFIRMED_ERROR);
        crashed.setNote(holden, "Halden is right (institute's site)");
        crashed.flush();
        crashed.close();
        assertThat(RecoveryJournal.abandoned(tmp.resolve("recovery"))).hasSize(1);

        app = launch(() -> new WirecheckApp(answers, PREFS,
                tmp.resolve("recovery")));
        waitUntil(() -> result().compared() == 4 && !app.session().busyProperty().get());
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

    private static Verdict verdict(Discrepancy d) {
        return window().review().state().verdict(d.key());
    }

    private static void type(KeyCode key) {
        robot.press(key).release(key);
    }

    private static String badge(Discrepancy d) throws Exception {
        return onFx(() -> {
            Node row = robot.lookup("#row-" + d.id()).tryQuery().orElse(null);
            if (row == null) {
                return null;
            }
            return robot.from(row).lookup(".verdict-badge").tryQuery().map(n -> ((Label) n).getText()).orElse("");
        });
    }

    @Test
    @Order(1)
    void theUnsavedReviewOfACrashedRunIsOfferedAndRestored() throws Exception {
        assertThat(answers.asked).singleElement().asString().contains("ended without saving the review of 4 copies")
                .contains("1 discrepancy with a verdict or note");
        assertThat(verdict(holden)).isEqualTo(Verdict.CONFIRMED_ERROR);
        assertThat(window().review().state().note(holden.key())).isEqualTo("Halden is right (institute's site)");
        assertThat(onFx(() -> window().statusBar().reviewed().getText()))
                .isEqualTo("1 of " + result().discrepancies().size() + " reviewed");
        assertThat(badge(holden)).isEqualTo("✗ Error ✎");
        assertThat(window().review().dirtyProperty().get()).as("restored, not saved yet").isTrue();
        window().review().service().flush();
        assertThat(RecoveryJournal.abandoned(tmp.resolve("recovery"))).as("the old journal is gone").isEmpty();
        assertThat(window().review().service().journalFile()).as("a new one is written").isPresent();
    }

    @Test
    @Order(2)
    void verdictsFromTheKeyboardShowInTheSidebarAndTheStatusBar() throws Exception {
        fx(() -> list().selectedProperty().set(list().visible().get(0)));
        assertThat(list().selected()).isEqualTo(holden);
        robot.clickOn("#status");
        type(KeyCode.F8);
        waitUntil(() -> list().selected() == list().visible().get(1));
        Discrepancy first = list().selected();
        type(KeyCode.DIGIT2);
        waitUntil(() -> verdict(first) == Verdict.ACCEPTABLE_VARIATION);
        type(KeyCode.F8);
        waitUntil(() -> list().selected() == list().visible().get(2));
        Discrepancy second = list().selected();
        type(KeyCode.DIGIT3);
        waitUntil(() -> verdict(second) == Verdict.NEEDS_FOLLOW_UP);
        type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#note").queryAs(TextArea.class).isFocused());
        robot.write("Ask AP");
        waitUntil(() -> window().review().state().note(second.key()).equals("Ask AP"));

        assertThat(badge(first)).isEqualTo("✓ OK");
        assertThat(badge(second)).isEqualTo("? Follow up ✎");
        int reviewed = (int) result().discrepancies().stream().filter(d -> verdict(d).reviewed()).count();
        assertThat(onFx(() -> window().statusBar().reviewed().getText()))
                .isEqualTo(reviewed + " of " + result().discrepancies().size() + " reviewed");
        assertThat(onFx(() -> robot.lookup("#verdict-needs-follow-up")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();

        robot.clickOn("#search").write("n1");
        waitUntil(() -> "n1".equals(list().searchProperty().get()));
        assertThat(verdict(second)).as("digits typed in a text field are text").isEqualTo(Verdict.NEEDS_FOLLOW_UP);
        fx(() -> list().searchProperty().set(""));
        robot.clickOn("#row-" + second.id()); // back to the list: the keys give verdicts again
        waitUntil(() -> window().sidebar().tree().isFocused() && list().selected() == second);
        type(KeyCode.DIGIT0);
        waitUntil(() -> verdict(second) == Verdict.UNREVIEWED);
        assertThat(window().review().state().note(second.key())).as("the note stays").isEqualTo("Ask AP");
        type(KeyCode.NUMPAD3);
        waitUntil(() -> verdict(second) == Verdict.NEEDS_FOLLOW_UP);
    }

    @Test
    @Order(3)
    void theVerdictFilterShowsOneVerdict() throws Exception {
        fx(() -> list().verdictProperty().set(Verdict.CONFIRMED_ERROR));
        assertThat(list().visible()).isNotEmpty().allMatch(d -> verdict(d) == Verdict.CONFIRMED_ERROR);
        fx(() -> list().verdictProperty().set(Verdict.UNREVIEWED));
        assertThat(list().visible()).allMatch(d -> verdict(d) == Verdict.UNREVIEWED);
        fx(() -> list().clearFilters());
    }

    @Test
    @Order(4)
    void theExportedReportCarriesTheVerdictsAndNotes() throws Exception {
        Path report = tmp.resolve("report.md");
        answers.reportTarget = report;
        robot.clickOn("File").clickOn("Export report…");
        waitUntil(() -> Files.exists(report) && window().statusBar().info().startsWith("Report written"));
        String md = Files.readString(report);
        assertThat(md).contains("confirmed error", "needs follow-up", "acceptable variation",
                "Halden is right (institute's site)", "Ask AP");

        answers.replace = false;
        byte[] before = Files.readAllBytes(report);
        fx(() -> window().exportReport());
        assertThat(answers.asked.get(answers.asked.size() - 1)).contains("report.md already exists");
        assertThat(Files.readAllBytes(report)).isEqualTo(before);

        answers.reportTarget = files.get(0);
        fx(() -> window().exportReport());
        assertThat(window().messageBar().text()).contains("one of the compared copies");
        fx(() -> window().messageBar().text()); // keep the bar for the user; clear it for the next steps
        fx(() -> app.session().problems().clear());
    }

    @Test
    @Order(4)
    void theExportCoversTheScopeChosenAndTheCurrentFilterIsTheSidebars() throws Exception {
        Path filtered = tmp.resolve("names.md");
        answers.reportTarget = filtered;
        answers.scope = 2; // the current filter
        fx(() -> list().kindProperty().set(Kind.NAME));
        int names = onFx(() -> list().visible().size());
        fx(() -> window().exportReport());
        waitUntil(() -> Files.exists(filtered));
        List<String> offered = answers.scopes.get(answers.scopes.size() - 1);
        assertThat(offered).hasSize(4);
        assertThat(offered.get(0)).startsWith("Everything (" + result().discrepancies().size() + ")");
        assertThat(offered.get(2)).isEqualTo("The current filter (" + names + " shown: name)");
        String md = Files.readString(filtered);
        assertThat(md).contains("**Covers:** the current filter (name): " + names + " of "
                + result().discrepancies().size());
        assertThat(md.lines().filter(l -> l.startsWith("### D"))).hasSize(names)
                .allMatch(l -> l.contains(" \u00b7 NAME \u00b7 "));
        fx(() -> list().clearFilters());

        Path confirmed = tmp.resolve("confirmed.md");
        answers.reportTarget = confirmed;
        answers.scope = 3; // confirmed errors only
        fx(() -> window().exportReport());
        waitUntil(() -> Files.exists(confirmed));
        long errors = onFx(() -> result().discrepancies().stream()
                .filter(d -> window().review().verdictOf(d) == Verdict.CONFIRMED_ERROR).count());
        String errorsMd = Files.readString(confirmed);
        assertThat(errors).isPositive();
        assertThat(errorsMd.lines().filter(l -> l.startsWith("### D"))).hasSize((int) errors);
        assertThat(errorsMd).contains("**Verdict:** confirmed error").doesNotContain("**Verdict:** needs follow-up");
        answers.scope = 0;
    }

    @Test
    @Order(5)
    void savingWritesTheReviewFileAndEndsTheJournal() throws Exception {
        Path target = tmp.resolve("story-review");
        answers.reviewTarget = target;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Path saved = tmp.resolve("story-review.wirecheck");
        waitUntil(() -> Files.exists(saved) && !window().review().dirtyProperty().get());
        assertThat(ReviewFile.read(saved).state()).isEqualTo(window().review().state());
        assertThat(ReviewFile.read(saved).copies()).hasSize(4);
        window().review().service().flush();
        assertThat(window().review().service().journalFile()).isEmpty();
    }

    @Test
    @Order(6)
    void reopenedAfterACopyChangedTheWindowSaysSoAndListsTheVerdictThatLostItsDiscrepancy() throws Exception {
        Path saved = tmp.resolve("story-review.wirecheck");
        Path c = files.get(2);
        Files.writeString(c, Files.readString(c).replace("Holden", "Halden"));
        fx(() -> window().openReview(saved));
        waitUntil(() -> result().compared() == 4 && !app.session().busyProperty().get());
        assertThat(window().noticeBar().text()).contains("c.txt has changed since the review was saved");
        assertThat(verdict(holden)).as("compared as reviewed: still there").isEqualTo(Verdict.CONFIRMED_ERROR);
        assertThat(badge(holden)).isEqualTo("✗ Error ✎");
        assertThat(result().discrepancies()).anyMatch(d -> d.key().equals(holden.key()));

        robot.clickOn("#notice-action");
        waitUntil(() -> !app.session().busyProperty().get()
                && result().discrepancies().stream().noneMatch(d -> d.key().equals(holden.key())));
        assertThat(window().review().orphans()).singleElement()
                .satisfies(i -> assertThat(i.summary()).contains("Halden").contains("Holden"));
        assertThat(onFx(() -> robot.lookup("#orphans").query().isVisible())).isTrue();
        assertThat(onFx(() -> ((javafx.scene.control.TitledPane) robot.lookup("#orphans").query()).getText()))
                .startsWith("1 verdict without a discrepancy");
        assertThat(window().review().state().items()).as("kept, not dropped").anyMatch(i -> i.key()
                .equals(holden.key()));
    }

    @Test
    @Order(7)
    void theKindFilterSwitchesOffOtherKindsInThePanesAndAReferenceChangeKeepsTheSelection() throws Exception {
        Discrepancy number = result().discrepancies().stream().filter(d -> d.kind() == Kind.NUMBER).findFirst()
                .orElseThrow();
        fx(() -> list().selectedProperty().set(null));
        fx(() -> list().kindProperty().set(Kind.NAME));
        CopyPane d = window().copies().pane(number.readings().get(1).locations().get(0).witnessId()).orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        List<TextExt> numbers = onFx(() -> d.area().lookupAll(".k-number").stream().map(n -> (TextExt) n)
                .toList());
        assertThat(numbers).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getUnderlineWidth().doubleValue()).isZero();
            assertThat(t.getBackgroundColor()).isIn(null, javafx.scene.paint.Color.TRANSPARENT);
        });
        fx(() -> list().kindProperty().set(null));
        List<TextExt> shown = onFx(() -> d.area().lookupAll(".k-number").stream().map(n -> (TextExt) n).toList());
        assertThat(shown).isNotEmpty().allSatisfy(t -> assertThat(t.getUnderlineWidth().doubleValue()).isPositive());

        fx(() -> list().selectedProperty().set(number));
        Path other = files.get(3).toAbsolutePath();
        fx(() -> app.session().setReference(other));
        waitUntil(() -> !app.session().busyProperty().get() && result().paneOf(other).orElseThrow().copy().base());
        AtomicReference<Discrepancy> selected = new AtomicReference<>(list().selected());
        assertThat(selected.get()).isNotNull();
        assertThat(selected.get().key()).isEqualTo(number.key());
        assertThat(result().discrepancies()).contains(selected.get());
    }
}
