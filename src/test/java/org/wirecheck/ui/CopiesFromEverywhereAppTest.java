package org.wirecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.ui.FxSteps.close;
import static org.wirecheck.ui.FxSteps.fx;
import static org.wirecheck.ui.FxSteps.onFx;
import static org.wirecheck.ui.FxSteps.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.review.ReviewFile;
import org.wirecheck.testing.Documents;
import org.wirecheck.testing.LocalWeb;
import org.wirecheck.text.Origin;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.view.FileDialogs;

/**
 * Copies from where a fact-checker has them, as a user adds them in the window (headless): pasted text (Ctrl+Shift+V),
 * web addresses (served by the test on 127.0.0.1), Word and PDF files through the window's own open path; a copy
 * renamed; the evidence exported; the review saved and opened again with the server gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopiesFromEverywhereAppTest {

    private static final String PREFS = "/org/wirecheck/ui-copies-test";
    private static final FxRobot robot = new FxRobot();
    private static final Answers answers = new Answers();
    private static WirecheckApp app;
    private static LocalWeb web;
    private static String sample;

    @TempDir
    static Path tmp;

    /** The dialogs, answered by the test. */
    static final class Answers implements FileDialogs {
        volatile List<Path> files = List.of();
        volatile String addresses;
        volatile String label;
        volatile Path evidence;
        volatile Path review;

        @Override
        public List<Path> chooseFiles(Window owner, String title, Path initialFolder) {
            return files;
        }

        @Override
        public Optional<String> askAddresses(Window owner) {
            return Optional.ofNullable(addresses);
        }

        @Override
        public Optional<String> askLabel(Window owner, String id, String current) {
            return Optional.ofNullable(label);
        }

        @Override
        public Optional<Path> chooseEvidenceTarget(Window owner, Path initialFolder, String suggestedName) {
            return Optional.ofNullable(evidence);
        }

        @Override
        public Optional<Path> chooseReviewTarget(Window owner, Path initialFolder, String suggestedName) {
            return Optional.ofNullable(review);
        }

        @Override
        public Unsaved askUnsaved(Window owner, String message) {
            return Unsaved.DISCARD;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        sample = Files.readString(Path.of("samples", "000_8f39aa8185334abb.txt"), StandardCharsets.UTF_8);
        web = new LocalWeb();
        String story = sample.replace("Stoltenberg urged", "Stoltenburg urged");
        web.html("/korea.html", LocalWeb.newsPage("Korea Daily", "Nato chief", story));
        web.on("/gone.html", x -> LocalWeb.send(x, 410, "text/html", new byte[0]));
        app = FxSteps.startOnSamples(answers, PREFS, tmp.resolve("recovery"));
    }

    @AfterAll
    static void stop() throws Exception {
        close(app, PREFS);
        web.close();
    }

    private static ReaderResult result() {
        return app.session().result();
    }

    private static Optional<PaneCopy> pane(String name) {
        return result().panes().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether {@code open} copies are open and compared or set aside, and no run is under way. */
    private static boolean settled(int open) {
        return result().compared() + result().setAside() == open && !app.session().busyProperty().get();
    }

    /** Whether some discrepancy has, in copy {@code id}, the reading {@code text}. */
    private static boolean hasReading(String id, String text) {
        for (Discrepancy d : result().discrepancies()) {
            for (var r : d.readings()) {
                for (Location l : r.locations()) {
                    if (l.witnessId().equals(id) && r.text().contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void pastedTextBecomesACopyAndIsCompared() throws Exception {
        String pasted = sample.replace("two-day trip", "three-day trip");
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
        });
        fx(() -> app.window().sidebar().tree().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V)
                .release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> settled(6) && pane("Pasted 1").isPresent());
        PaneCopy p = pane("Pasted 1").orElseThrow();
        assertThat(p.compared()).isTrue();
        assertThat(p.witness().text()).isEqualTo(pasted);
        assertThat(p.witness().origin().kind()).isEqualTo(Origin.Kind.PASTED);
        assertThat(hasReading(p.id(), "three")).isTrue();
    }

    @Test
    @Order(2)
    void aCopyIsRenamedAndKeepsItsPlaceInTheComparison() throws Exception {
        PaneCopy p = pane("Pasted 1").orElseThrow();
        answers.label = "  Wire copy ";
        fx(() -> app.window().rename(p));
        waitUntil(() -> settled(6) && pane("Wire copy").isPresent());
        PaneCopy renamed = pane("Wire copy").orElseThrow();
        assertThat(renamed.path()).isEqualTo(p.path());
        assertThat(renamed.label()).isEqualTo(renamed.id() + " · Wire copy");
        assertThat(hasReading(renamed.id(), "three")).isTrue();
        assertThat(onFx(() -> robot.lookup("#pane-" + renamed.id()).lookup(".copy-name").queryLabeled().getText()))
                .isEqualTo("Wire copy");
    }

    @Test
    @Order(3)
    void webAddressesAreFetchedInTheBackgroundAndAFailureIsOneMessage() throws Exception {
        answers.addresses = web.url("/korea.html") + "\n  " + web.url("/gone.html") + "\nnot-an-address\n";
        fx(() -> app.window().addAddresses());

        waitUntil(() -> settled(7) && pane("Korea Daily").isPresent());
        PaneCopy korea = pane("Korea Daily").orElseThrow();
        assertThat(korea.witness().origin().finalAddress()).isEqualTo(web.url("/korea.html"));
        assertThat(hasReading(korea.id(), "Stoltenburg")).isTrue();
        assertThat(app.session().problems()).contains(web.url("/gone.html") + ": gone (HTTP 410, the page was removed)",
                "not-an-address: not a web address (it must start with http:// or https://)");
        assertThat(onFx(() -> robot.lookup("#pane-" + korea.id()).lookup(".copy-origin").queryLabeled().getText()))
                .isEqualTo(web.url("/korea.html").substring("http://".length()));
        assertThat(pane("Wire copy")).isPresent(); // nothing already open was lost
    }

    @Test
    @Order(4)
    void aSlowFetchIsCancelledFromTheStatusBarAndNothingOpenIsLost() throws Exception {
        web.on("/slow.html", x -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int open = result().panes().size();
        answers.addresses = web.url("/slow.html");
        fx(() -> app.window().addAddresses());
        waitUntil(() -> app.session().fetchingProperty().get()
                && robot.lookup("#cancel-fetch").queryButton().isVisible());

        robot.clickOn("#cancel-fetch");

        waitUntil(() -> !app.session().fetchingProperty().get() && !app.session().busyProperty().get());
        assertThat(onFx(() -> app.window().statusBar().lookup("#status") instanceof javafx.scene.control.Label l
                ? l.getText() : "")).isEqualTo("Fetching cancelled");
        assertThat(result().panes()).hasSize(open);
        assertThat(onFx(() -> robot.lookup("#cancel-fetch").queryButton().isVisible())).isFalse();
    }

    @Test
    @Order(5)
    void wordAndPdfFilesOpenThroughTheWindowsOwnOpenPath() throws Exception {
        String[] paragraphs = sample.strip().split("\n\\s*\n");
        Path docx = Documents.write(tmp.resolve("colleague.docx"), Documents.docx("Nato chief", "Ana",
                List.of(paragraphs).subList(0, 4)));
        Path pdf = Documents.write(tmp.resolve("print.pdf"), Documents.pdf("Print", List.of(
                List.of(paragraphs[1].substring(0, 40)), List.of("Seoul, Jan 30 (EFE).- Nato chief Jens"))));
        answers.files = List.of(docx, pdf);
        fx(() -> app.window().addFiles());

        waitUntil(() -> settled(9) && pane("colleague.docx").isPresent());
        PaneCopy word = pane("colleague.docx").orElseThrow();
        assertThat(word.witness().text()).isEqualTo(String.join("\n\n", List.of(paragraphs).subList(0, 4)));
        assertThat(word.witness().origin().metadata().author()).isEqualTo("Ana");
        assertThat(pane("print.pdf").orElseThrow().witness().origin().extractedFrom()).isEqualTo("PDF");
    }

    @Test
    @Order(6)
    void theEvidenceIsExportedAndTheReviewReopensOfflineWithIt() throws Exception {
        answers.evidence = tmp.resolve("evidence.zip");
        fx(() -> app.window().exportEvidence());
        waitUntil(() -> Files.exists(answers.evidence));
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Documents.unzip(Files.readAllBytes(answers.evidence)).get("manifest.json"));
        assertThat(manifest.get("copies")).hasSize(9);

        answers.review = tmp.resolve("story.wirecheck");
        fx(() -> app.window().saveReview());
        waitUntil(() -> Files.exists(answers.review));
        assertThat(ReviewFile.read(answers.review).copies()).anyMatch(c -> c.path().equals(web.url("/korea.html"))
                && c.origin().size() > 0 && c.name().equals("Korea Daily"));
        web.close();

        fx(() -> app.window().openSamples());
        waitUntil(() -> settled(5));
        fx(() -> app.window().openReview(answers.review));
        waitUntil(() -> settled(9) && pane("Korea Daily").isPresent());
        Copy korea = result().comparison().copies().stream().filter(c -> c.witness().name().equals("Korea Daily"))
                .findFirst().orElseThrow();
        assertThat(korea.witness().origin().status()).isEqualTo(200);
        assertThat(pane("Wire copy")).isPresent();
        assertThat(app.session().problems()).noneMatch(m -> m.contains("korea.html"));
    }

    @Test
    @Order(7)
    void openingWebAddressesReplacesTheCopiesOnlyWhenAPageCameIn() throws Exception {
        int open = result().panes().size();
        answers.addresses = web.url("/korea.html"); // the server is gone: refused
        fx(() -> app.window().openAddresses());
        waitUntil(() -> !app.session().fetchingProperty().get() && !app.session().busyProperty().get()
                && app.session().problems().stream().anyMatch(m -> m.startsWith(web.url("/korea.html")
                        + ": connection refused")));
        assertThat(result().panes()).hasSize(open);

        try (LocalWeb other = new LocalWeb()) {
            other.html("/a.html", LocalWeb.newsPage("Korea Daily", "Nato chief", sample));
            other.html("/b.html", LocalWeb.newsPage("Seoul Times", "Nato chief", sample.replace("two-day", "3-day")));
            answers.addresses = other.url("/a.html") + " " + other.url("/b.html");
            fx(() -> app.window().openAddresses());
            waitUntil(() -> settled(2));
        }
        assertThat(result().panes()).extracting(PaneCopy::label)
                .containsExactly("A · Korea Daily", "B · Seoul Times");
    }
}
