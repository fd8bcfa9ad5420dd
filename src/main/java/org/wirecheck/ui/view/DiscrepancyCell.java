package org.wirecheck.ui.view;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirecheck.classify.Kind;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.ReviewItem;
import org.wirecheck.review.Verdict;
import org.wirecheck.ui.model.RowText;
import org.wirecheck.ui.model.StyleClasses;

/**
 * A sidebar row: a kind group ("Name 3") or a discrepancy: kind chip, severity (word and underline style), the
 * readings ("Chey / Choi"), who carries them ("4 of 5 · outlier C") and its verdict badge ("✗ Error", with ✎ when
 * there is a note).
 */
final class DiscrepancyCell extends TreeCell<Object> {

    /** A group row: a kind and how many discrepancies of it are shown. */
    record Group(Kind kind, int count) {
    }

    private final IntSupplier totalCopies;
    private final Function<Discrepancy, Optional<ReviewItem>> review;

    DiscrepancyCell(IntSupplier totalCopies, Function<Discrepancy, Optional<ReviewItem>> review) {
        this.totalCopies = totalCopies;
        this.review = review;
        setPrefWidth(0); // rows follow the list's width and shorten their text instead of scrolling sideways
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setTooltip(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof Group g) {
            Label chip = chip(g.kind());
            Label count = new Label(String.valueOf(g.count()));
            count.getStyleClass().add("group-row");
            HBox box = new HBox(8, chip, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        } else if (item instanceof Discrepancy d) {
            Optional<ReviewItem> reviewed = review.apply(d);
            setGraphic(row(d, reviewed));
            setTooltip(new Tooltip(d.id() + " · " + d.summary() + "\n" + d.why() + reviewed.map(i -> "\n"
                    + i.verdict().label() + (i.note().isBlank() ? "" : ": " + i.note())).orElse("")));
        }
    }

    private VBox row(Discrepancy d, Optional<ReviewItem> item) {
        Label severity = new Label(d.severity().label());
        severity.getStyleClass().addAll("sev", StyleClasses.of(d.severity()));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Label readings = new Label(RowText.readings(d));
        readings.getStyleClass().add("row-readings");
        readings.setTextOverrun(OverrunStyle.ELLIPSIS);
        readings.setMinWidth(0);
        HBox.setHgrow(readings, Priority.ALWAYS);
        HBox top = new HBox(6, chip(d.kind()), severity, readings);
        item.ifPresent(i -> top.getChildren().add(badge(i)));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinWidth(0);
        Label counts = new Label(RowText.counts(d, totalCopies.getAsInt()));
        counts.getStyleClass().add("row-counts");
        counts.setMinWidth(0);
        VBox box = new VBox(1, top, counts);
        box.setMinWidth(0);
        box.setId("row-" + d.id());
        return box;
    }

    /** "✗ Error", "✓ OK", "? Follow up", with ✎ when there is a note (a note alone: ✎). */
    static Label badge(ReviewItem item) {
        Verdict v = item.verdict();
        String text = switch (v) {
            case CONFIRMED_ERROR -> "✗ Error";
            case ACCEPTABLE_VARIATION -> "✓ OK";
            case NEEDS_FOLLOW_UP -> "? Follow up";
            case UNREVIEWED -> "";
        };
        String note = item.note().isBlank() ? "" : "✎";
        Label badge = new Label(text.isEmpty() ? note : note.isEmpty() ? text : text + " " + note);
        badge.getStyleClass().addAll("verdict-badge", "v-" + v.id());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    static Label chip(Kind kind) {
        Label chip = new Label(RowText.kindLabel(kind));
        chip.getStyleClass().addAll("chip", StyleClasses.of(kind));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }
}
