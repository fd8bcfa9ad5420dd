package org.wirecheck.ui.view;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.RowText;
import org.wirecheck.ui.model.Section;
import org.wirecheck.ui.model.StyleClasses;

/**
 * A sidebar row: a group ("Name 3"; a fact told in several places; a copy with its drift card) or a discrepancy: kind
 * chip, severity (word and underline style), the readings ("Chey / Choi"), who carries them ("4 of 5 · outlier C") and
 * its verdict badge ("✗ Error", with ✎ when there is a note).
 */
final class DiscrepancyCell extends TreeCell<Object> {

    private final Supplier<ReaderResult> result;
    private final Function<Discrepancy, Optional<ReviewItem>> review;
    // built once per cell and refilled by updateItem: the tree reuses cells as it scrolls, and building nodes for
    // every row shown was a sixth of a selection's time with 50 copies
    private final Label groupChip = chip(Kind.NAME);
    private final Label groupLabel = new Label();
    private final Label groupCount = new Label();
    private final HBox groupTop = new HBox(8, groupChip, groupLabel, groupCount);
    private final Label groupDetail = new Label();
    private final VBox groupRow = new VBox(1, groupTop);
    private final Label chip = chip(Kind.NAME);
    private final Label severity = new Label();
    private final Label readings = new Label();
    private final Label badge = new Label();
    private final Label counts = new Label();
    private final VBox row;
    private final Tooltip tooltip = new Tooltip();

    DiscrepancyCell(Supplier<ReaderResult> result, Function<Discrepancy, Optional<ReviewItem>> review) {
        this.result = result;
        this.review = review;
        setPrefWidth(0); // rows follow the list's width and shorten their text instead of scrolling sideways
        groupCount.getStyleClass().add("group-row");
        groupLabel.getStyleClass().add("group-row");
        groupLabel.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        groupLabel.setMinWidth(0);
        groupCount.setMinWidth(Region.USE_PREF_SIZE);
        groupDetail.getStyleClass().add("row-counts");
        groupDetail.setMinWidth(0);
        groupDetail.setWrapText(true);
        groupTop.setAlignment(Pos.CENTER_LEFT);
        groupTop.setMinWidth(0);
        groupRow.setMinWidth(0);
        severity.setMinWidth(Region.USE_PREF_SIZE);
        readings.getStyleClass().add("row-readings");
        readings.setTextOverrun(OverrunStyle.ELLIPSIS);
        readings.setMinWidth(0);
        HBox.setHgrow(readings, Priority.ALWAYS);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, chip, severity, readings, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinWidth(0);
        counts.getStyleClass().add("row-counts");
        counts.setMinWidth(0);
        row = new VBox(1, top, counts);
        row.setMinWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
        } else if (item instanceof Section g) {
            fillGroup(g);
            setGraphic(groupRow);
            if (g.detail().isEmpty()) {
                setTooltip(null);
            } else {
                tooltip.setText(g.label() + "\n" + g.detail());
                setTooltip(tooltip);
            }
        } else if (item instanceof Discrepancy d) {
            Optional<ReviewItem> reviewed = review.apply(d);
            fill(d, reviewed);
            tooltip.setText(tooltipText(d, reviewed));
            setGraphic(row);
            setTooltip(tooltip);
        }
    }

    private void fillGroup(Section g) {
        boolean byKind = g.kind() != null;
        if (byKind) {
            setKind(groupChip, g.kind());
        }
        groupChip.setVisible(byKind);
        groupChip.setManaged(byKind);
        groupLabel.setText(byKind ? "" : g.label());
        groupLabel.setVisible(!byKind);
        groupLabel.setManaged(!byKind);
        groupCount.setText(String.valueOf(g.items().size()));
        groupDetail.setText(g.detail());
        if (g.detail().isEmpty()) {
            groupRow.getChildren().remove(groupDetail);
        } else if (!groupRow.getChildren().contains(groupDetail)) {
            groupRow.getChildren().add(groupDetail);
        }
        groupRow.setId("group-" + g.id());
    }

    private void fill(Discrepancy d, Optional<ReviewItem> item) {
        setKind(chip, d.kind());
        severity.setText(d.severity().label());
        severity.getStyleClass().setAll("label", "sev", StyleClasses.of(d.severity()));
        readings.setText(RowText.readings(d));
        item.ifPresentOrElse(i -> fillBadge(badge, i), () -> {
            badge.setText("");
            badge.getStyleClass().setAll("label");
        });
        badge.setVisible(item.isPresent());
        badge.setManaged(item.isPresent());
        ReaderResult r = result.get();
        counts.setText(RowText.versions(d, r.versions()).orElseGet(() -> RowText.counts(d, r.compared(),
                r.lacking(d))));
        row.setId("row-" + d.id());
    }

    private static String tooltipText(Discrepancy d, Optional<ReviewItem> reviewed) {
        return d.id() + " · " + d.summary() + "\n" + d.why() + reviewed.map(i -> "\n" + i.verdict().label()
                + (i.note().isBlank() ? "" : ": " + i.note())).orElse("");
    }

    /** "✗ Error", "✓ OK", "? Follow up", with ✎ when there is a note (a note alone: ✎). */
    static Label badge(ReviewItem item) {
        Label badge = new Label();
        badge.setMinWidth(Region.USE_PREF_SIZE);
        fillBadge(badge, item);
        return badge;
    }

    private static void fillBadge(Label badge, ReviewItem item) {
        Verdict v = item.verdict();
        String text = switch (v) {
            case CONFIRMED_ERROR -> "✗ Error";
            case ACCEPTABLE_VARIATION -> "✓ OK";
            case NEEDS_FOLLOW_UP -> "? Follow up";
            case UNREVIEWED -> "";
        };
        String note = item.note().isBlank() ? "" : "✎";
        badge.setText(text.isEmpty() ? note : note.isEmpty() ? text : text + " " + note);
        badge.getStyleClass().setAll("label", "verdict-badge", "v-" + v.id());
    }

    static Label chip(Kind kind) {
        Label chip = new Label();
        chip.setMinWidth(Region.USE_PREF_SIZE);
        setKind(chip, kind);
        return chip;
    }

    private static void setKind(Label chip, Kind kind) {
        chip.setText(RowText.kindLabel(kind));
        chip.getStyleClass().setAll("label", "chip", StyleClasses.of(kind));
    }
}
