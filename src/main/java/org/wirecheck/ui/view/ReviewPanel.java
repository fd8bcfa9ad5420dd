package org.wirecheck.ui.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.Verdict;
import org.wirecheck.ui.model.ReviewModel;

/**
 * The review of the selected discrepancy in the detail panel: one button per verdict (with its key) and the note.
 * Every click and every keystroke goes to the review at once (and from there to the recovery journal).
 */
final class ReviewPanel extends VBox {

    /** The verdicts in the order of their keys 1, 2, 3, then 0. */
    static final List<Verdict> ORDER = List.of(Verdict.CONFIRMED_ERROR, Verdict.ACCEPTABLE_VARIATION,
            Verdict.NEEDS_FOLLOW_UP, Verdict.UNREVIEWED);

    private final ReviewModel review;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Verdict, ToggleButton> buttons = new EnumMap<>(Verdict.class);
    private final TextArea note = new TextArea();
    private Discrepancy shown;
    private boolean updating;

    ReviewPanel(ReviewModel review) {
        this.review = review;
        getStyleClass().add("review-panel");
        Label title = new Label("Verdict");
        title.getStyleClass().add("review-title");
        FlowPane row = new FlowPane(4, 4);
        for (Verdict v : ORDER) {
            ToggleButton b = new ToggleButton(v.label() + "  " + key(v));
            b.setId("verdict-" + v.id());
            b.getStyleClass().addAll("verdict-button", "v-" + v.id());
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(v.label() + " (key " + key(v) + ")"));
            b.setOnAction(e -> {
                if (shown != null) {
                    review.setVerdict(shown, v);
                }
                refresh();
            });
            buttons.put(v, b);
            row.getChildren().add(b);
        }
        note.setId("note");
        note.setPromptText("Note: what you checked, the source, who to ask…");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().addListener((o, a, text) -> {
            if (!updating && shown != null) {
                review.setNote(shown, text);
            }
        });
        getChildren().addAll(title, row, note);
        review.revisionProperty().addListener(x -> refresh());
    }

    /** The verdict buttons and the note, in the order Tab goes through them. */
    List<javafx.scene.Node> focusOrder() {
        List<javafx.scene.Node> out = new java.util.ArrayList<>();
        for (Verdict v : ORDER) {
            out.add(buttons.get(v));
        }
        out.add(note);
        return out;
    }

    /** The key that gives {@code v}: 1, 2, 3 or 0. */
    static String key(Verdict v) {
        return v == Verdict.UNREVIEWED ? "0" : String.valueOf(ORDER.indexOf(v) + 1);
    }

    /** Shows the review of {@code d} (null: nothing). */
    void show(Discrepancy d) {
        shown = d;
        refresh();
    }

    /** Puts the keyboard in the note. */
    void focusNote() {
        note.requestFocus();
        note.end();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        updating = true;
        try {
            Verdict v = review.verdictOf(shown);
            buttons.forEach((verdict, b) -> b.setSelected(verdict == v));
            String text = review.noteOf(shown);
            if (!note.getText().equals(text)) {
                note.setText(text);
            }
        } finally {
            updating = false;
        }
    }
}
