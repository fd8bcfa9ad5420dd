package org.wirecheck.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wirecheck.ui.model.DiscrepancyList;
import org.wirecheck.ui.model.Session;

/** The status line: what the last run did (or is doing, with a progress bar) and the position in the list ("7 of 42"). */
public final class StatusBar extends HBox {

    private final Label position = new Label();

    public StatusBar(Session session, DiscrepancyList list) {
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
        position.setId("position");
        position.getStyleClass().add("status-position");
        position.textProperty().bind(list.positionProperty());
        getChildren().addAll(progress, status, position);
    }

    /** The "7 of 42" label (for tests). */
    public Label position() {
        return position;
    }
}
