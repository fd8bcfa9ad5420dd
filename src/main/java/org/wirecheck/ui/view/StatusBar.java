package org.wirecheck.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Texts;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.ReviewModel;
import org.wirecheck.ui.model.Session;

/**
 * The status line: what the last run did (or is doing, with the comparison's progress), what the last review or
 * export command did, how many items each level holds ("13 facts · 80 medium · 40 low"), how far the review is
 * ("12 of 42 reviewed") and the position in the list ("7 of 42").
 */
public final class StatusBar extends HBox {

    private final Label position = new Label();
    private final Label info = new Label();
    private final Label reviewed = new Label();
    private final Label levels = new Label();

    public StatusBar(Session session, DiscrepancyList list, ReviewModel review) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(session.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(session.progressProperty());
        progress.visibleProperty().bind(session.busyProperty());
        progress.managedProperty().bind(session.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setTooltip(new Tooltip("Stop comparing; the copies shown stay as they are (Esc)"));
        cancel.setOnAction(e -> session.cancel());
        cancel.visibleProperty().bind(session.busyProperty());
        cancel.managedProperty().bind(session.busyProperty());
        cancel.setFocusTraversable(false);
        info.setId("info");
        info.getStyleClass().add("status-info");
        info.setMinWidth(0);
        reviewed.setId("reviewed");
        reviewed.getStyleClass().add("status-reviewed");
        reviewed.textProperty().bind(review.progressProperty());
        position.setId("position");
        position.getStyleClass().add("status-position");
        position.textProperty().bind(list.positionProperty());
        levels.setId("levels");
        levels.getStyleClass().add("status-levels");
        levels.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> levelsText(list.resultProperty().get().discrepancies()), list.resultProperty()));
        Button cancelFetch = new Button("Cancel");
        cancelFetch.setId("cancel-fetch");
        cancelFetch.setOnAction(e -> session.cancelFetch());
        cancelFetch.visibleProperty().bind(session.fetchingProperty());
        cancelFetch.managedProperty().bind(session.fetchingProperty());
        getChildren().addAll(progress, cancel, cancelFetch, status, info, levels, reviewed, position);
    }

    /** "13 facts · 80 medium · 40 low": how many items each level holds (the facts are shown first). */
    static String levelsText(java.util.List<org.wirecheck.compare.Discrepancy> all) {
        if (all.isEmpty()) {
            return "";
        }
        int[] n = new int[Severity.values().length];
        all.forEach(d -> n[d.severity().ordinal()]++);
        int facts = n[Severity.HIGH.ordinal()];
        return Texts.plural(facts, "fact", "facts") + " · " + n[Severity.MEDIUM.ordinal()] + " medium · "
                + n[Severity.LOW.ordinal()] + " low";
    }

    /** The "13 facts · 80 medium · 40 low" label (for tests). */
    public Label levels() {
        return levels;
    }

    /** The "7 of 42" label (for tests). */
    public Label position() {
        return position;
    }

    /** The "12 of 42 reviewed" label (for tests). */
    public Label reviewed() {
        return reviewed;
    }

    /** Shows what a command did ("Review saved to story.wirecheck"). */
    public void info(String text) {
        info.setText(text);
    }

    /** The last command's message (for tests). */
    public String info() {
        return info.getText();
    }
}
