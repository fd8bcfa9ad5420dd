package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wirecheck.compare.Apparatus;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.text.TextRange;
import org.wirecheck.ui.model.DisplayText;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.ReviewModel;
import org.wirecheck.ui.model.RowText;
import org.wirecheck.ui.model.StyleClasses;

/**
 * The selected discrepancy in full: kind, severity, summary and reason, its verdict and note, then each reading
 * with the copies carrying it and, for each of those copies, the sentence around the reading. With many copies the
 * sentences beyond the first few are added right after the frame that shows the selection, so that selecting stays
 * quick (they are below the fold).
 */
public final class DetailView extends ScrollPane {

    /** Longest context shown on each side of a reading, in characters. */
    private static final int CONTEXT = 280;
    /** Sentences shown with the selection's first frame; the others follow right after it. */
    private static final int FIRST_CONTEXTS = 8;

    private final VBox content = new VBox();
    private final ReviewPanel review;
    private int shown;
    private String apparatusText;

    public DetailView(ReviewModel reviewModel) {
        this.review = new ReviewPanel(reviewModel);
        content.getStyleClass().add("detail");
        content.setId("detail");
        setContent(content);
        setFitToWidth(true);
        show(null, ReaderResult.empty());
    }

    /** Shows {@code d} of result {@code r} (null: a hint). */
    public void show(Discrepancy d, ReaderResult r) {
        shown++;
        content.getChildren().clear();
        review.show(d == null || r.comparison() == null ? null : d);
        if (d == null || r.comparison() == null) {
            Label hint = new Label("Select a discrepancy to see each reading in its sentence. "
                    + "F8 / Shift+F8 or Alt+↓ / Alt+↑ go to the next / previous one.");
            hint.getStyleClass().add("detail-empty");
            content.getChildren().add(hint);
            return;
        }
        Label severity = new Label(d.severity().label());
        severity.getStyleClass().addAll("sev", StyleClasses.of(d.severity()));
        Label id = new Label(d.id());
        id.getStyleClass().add("reading-carriers");
        HBox head = new HBox(6, DiscrepancyCell.chip(d.kind()), severity, id);
        head.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label(d.summary());
        summary.getStyleClass().add("detail-summary");
        summary.setId("detail-summary");
        Label why = new Label(d.why());
        why.getStyleClass().add("detail-why");
        content.getChildren().addAll(head, summary, why);
        RowText.versions(d, r.versions()).ifPresent(v -> {
            Label versions = new Label("The copies follow different versions of the story here: " + v);
            versions.setWrapText(true);
            versions.setId("detail-versions");
            versions.getStyleClass().add("detail-why");
            content.getChildren().add(versions);
        });
        content.getChildren().add(review);
        int total = r.compared();
        int[] budget = {FIRST_CONTEXTS};
        List<Runnable> later = new ArrayList<>();
        for (int i = 0; i < d.readings().size(); i++) {
            boolean majority = i == 0 && d.hasMajority() && total > 2;
            content.getChildren().add(card(d.readings().get(i), majority, total, r, budget, later));
        }
        List<String> lacking = r.lacking(d);
        if (!lacking.isEmpty()) {
            content.getChildren().add(lackingCard(lacking, total, r));
        }
        content.getChildren().add(apparatus(Apparatus.of(r.comparison(), d)));
        if (!later.isEmpty()) {
            afterNextFrame(shown, later);
        }
    }

    /**
     * The variant apparatus of the discrepancy, like a critical edition's: the compact entry ("Chey] A, B, D; Choi
     * C; lac. E") and one line per reading with the words around it, selectable and copyable (Ctrl+Shift+C).
     */
    private VBox apparatus(Apparatus a) {
        apparatusText = a.text();
        Label title = new Label("Variant apparatus");
        title.getStyleClass().add("review-title");
        Button copy = new Button("Copy");
        copy.setId("copy-apparatus");
        copy.setTooltip(new Tooltip("Copy the apparatus as text (Ctrl+Shift+C)"));
        copy.setOnAction(e -> copyApparatus());
        HBox head = new HBox(8, title, copy);
        head.setAlignment(Pos.CENTER_LEFT);
        // a label, not a text area: a text area's skin costs more than the rest of a selection with 50 copies
        Label text = new Label(a.entry() + "\n" + a.entries().stream().map(Apparatus.Entry::line)
                .collect(java.util.stream.Collectors.joining("\n")));
        text.setId("apparatus");
        text.getStyleClass().add("apparatus");
        text.setWrapText(true);
        Label sigla = new Label(Apparatus.SIGLA);
        sigla.setWrapText(true);
        sigla.getStyleClass().add("detail-why");
        VBox box = new VBox(4, head, text, sigla);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return box;
    }

    /** Puts the shown discrepancy's apparatus on the clipboard; false when none is shown. */
    public boolean copyApparatus() {
        if (apparatusText == null || content.lookup("#apparatus") == null) {
            return false;
        }
        ClipboardContent clip = new ClipboardContent();
        clip.putString(apparatusText);
        Clipboard.getSystemClipboard().setContent(clip);
        return true;
    }

    /** Runs {@code work} after the next frame is laid out, unless another discrepancy is shown by then. */
    private void afterNextFrame(int showing, List<Runnable> work) {
        Scene scene = getScene();
        if (scene == null) {
            work.forEach(Runnable::run);
            return;
        }
        Pulses.afterFrame(scene, () -> {
            if (showing == shown) {
                work.forEach(Runnable::run);
            }
        });
    }

    /** The verdict buttons and the note, in the order Tab goes through them. */
    java.util.List<javafx.scene.Node> focusOrder() {
        return review.focusOrder();
    }

    /** Puts the keyboard in the note of the discrepancy shown. */
    public void focusNote() {
        review.focusNote();
    }

    /** A reading's card with as many sentences as {@code budget} has left; the others are put in {@code later}. */
    private VBox card(Reading reading, boolean majority, int total, ReaderResult r, int[] budget,
                      List<Runnable> later) {
        Label text = new Label(reading.isEmpty() ? RowText.ABSENT : "“" + RowText.reading(reading) + "”");
        text.getStyleClass().add("reading-text");
        Label carriers = new Label(reading.count() + " of " + total + (majority ? " (majority)" : "") + ": "
                + RowText.carriers(reading));
        carriers.getStyleClass().add("reading-carriers");
        VBox card = new VBox(text, carriers);
        card.getStyleClass().add("reading-card");
        if (majority) {
            card.getStyleClass().add("majority");
        }
        for (Location l : reading.locations()) {
            r.comparison().copy(l.witnessId()).ifPresent(c -> {
                if (budget[0]-- > 0) {
                    card.getChildren().add(context(c, l));
                } else {
                    later.add(() -> card.getChildren().add(context(c, l)));
                }
            });
        }
        return card;
    }

    /** The compared copies that carry none of the readings: "(lacking the passage) 1 of 5: D", with their names. */
    private static VBox lackingCard(List<String> lacking, int total, ReaderResult r) {
        Label text = new Label("(lacking the passage)");
        text.getStyleClass().add("reading-text");
        Label carriers = new Label(lacking.size() + " of " + total + ": " + String.join(", ", lacking));
        carriers.getStyleClass().add("reading-carriers");
        VBox card = new VBox(text, carriers);
        card.setId("detail-lacking");
        card.getStyleClass().addAll("reading-card", "lacking");
        for (String id : lacking) {
            r.comparison().copy(id).ifPresent(c -> {
                Label name = new Label(c.id() + "  " + c.witness().name() + ": this passage is not in this copy");
                name.getStyleClass().add("context");
                card.getChildren().add(name);
            });
        }
        return card;
    }

    /** "B 001_….txt: …the sentence, with the reading in bold…" (a missing reading shows as ‸). */
    private static TextFlow context(Copy copy, Location l) {
        String text = DisplayText.of(copy.witness().text());
        int readingEnd = Math.min(l.end(), text.length());
        TextRange sentence = copy.sentenceAt(l.start());
        int sentenceStart = sentence == null ? l.start() : Math.min(sentence.start(), l.start());
        int sentenceEnd = sentence == null ? readingEnd : Math.min(Math.max(sentence.end(), readingEnd), text.length());
        int from = Math.max(sentenceStart, l.start() - CONTEXT);
        int to = Math.min(sentenceEnd, readingEnd + CONTEXT);
        Text who = new Text(copy.id() + " · " + copy.witness().name() + ":  ");
        who.getStyleClass().add("context-copy");
        Text before = new Text((from > sentenceStart ? "…" : "") + oneLine(text.substring(from, l.start())));
        Text hit = new Text(l.isEmpty() ? " ‸ " : oneLine(text.substring(l.start(), readingEnd)));
        hit.getStyleClass().add("context-hit");
        Text after = new Text(oneLine(text.substring(readingEnd, to)) + (to < sentenceEnd ? "…" : ""));
        TextFlow flow = new TextFlow(who, before, hit, after);
        flow.getStyleClass().add("context");
        return flow;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
