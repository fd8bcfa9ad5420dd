package org.wirecheck.ui.view;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import org.wirecheck.review.ReviewItem;
import org.wirecheck.text.Texts;
import org.wirecheck.ui.model.ReviewModel;

/**
 * The verdicts and notes whose discrepancy is not in the current comparison (a copy changed or was removed, another
 * reference was chosen): kept in the review and listed here, each with what the discrepancy was. Shown only when
 * there are some.
 */
final class OrphansView extends TitledPane {

    private final ReviewModel review;
    private final ListView<ReviewItem> items = new ListView<>();

    OrphansView(ReviewModel review) {
        this.review = review;
        setId("orphans");
        getStyleClass().add("orphans");
        setExpanded(false);
        items.setId("orphan-list");
        items.setPrefHeight(120);
        items.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewItem i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : text(i));
                setTooltip(empty || i == null ? null : new Tooltip(text(i)));
            }
        });
        setContent(items);
        review.revisionProperty().addListener(x -> refresh());
        refresh();
    }

    /** "Confirmed error · Name, high: Chey / Choi · note: …". */
    static String text(ReviewItem i) {
        return i.verdict().label() + " · " + (i.summary().isBlank() ? i.key() : i.summary())
                + (i.note().isBlank() ? "" : " · note: " + i.note().strip().replaceAll("\\s+", " "));
    }

    private void refresh() {
        var orphans = review.orphans();
        items.getItems().setAll(orphans);
        setText(Texts.plural(orphans.size(), "verdict", "verdicts")
                + " without a discrepancy in this comparison (kept)");
        setVisible(!orphans.isEmpty());
        setManaged(!orphans.isEmpty());
    }
}
