package org.wirecheck.ui.view;

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
import org.wirecheck.ui.model.RowText;
import org.wirecheck.ui.model.StyleClasses;

/**
 * A sidebar row: a kind group ("Name 3") or a discrepancy: kind chip, severity (word and underline style), the
 * readings ("Chey / Choi") and who carries them ("4 of 5 · outlier C").
 */
final class DiscrepancyCell extends TreeCell<Object> {

    /** A group row: a kind and how many discrepancies of it are shown. */
    record Group(Kind kind, int count) {
    }

    private final IntSupplier totalCopies;

    DiscrepancyCell(IntSupplier totalCopies) {
        this.totalCopies = totalCopies;
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
            setGraphic(row(d));
            setTooltip(new Tooltip(d.id() + " · " + d.summary() + "\n" + d.why()));
        }
    }

    private VBox row(Discrepancy d) {
        Label severity = new Label(d.severity().label());
        severity.getStyleClass().addAll("sev", StyleClasses.of(d.severity()));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Label readings = new Label(RowText.readings(d));
        readings.getStyleClass().add("row-readings");
        readings.setTextOverrun(OverrunStyle.ELLIPSIS);
        readings.setMinWidth(0);
        HBox.setHgrow(readings, Priority.ALWAYS);
        HBox top = new HBox(6, chip(d.kind()), severity, readings);
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

    static Label chip(Kind kind) {
        Label chip = new Label(RowText.kindLabel(kind));
        chip.getStyleClass().addAll("chip", StyleClasses.of(kind));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }
}
