package org.wirecheck.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
        content.getChildren().addAll(head, summary, why, review);
        int total = r.compared();
        int[] budget = {FIRST_CONTEXTS};
        List<Runnable> later = new ArrayList<>();
        for (int i = 0; i < d.readings().size(); i++) {
            content.getChildren().add(card(d.readings().get(i), i == 0 && d.hasMajority(), total, r, budget, later));
        }
        if (!later.isEmpty()) {
            afterNextFrame(shown, later);
        }
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
