package org.wirecheck.ui.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.collections.ObservableList;

/**
 * A bar above the copies listing what went wrong (a file that could not be read, with the reason; copies set aside
 * as another story) until the user dismisses it. It never blocks the window.
 */
public final class MessageBar extends HBox {

    private final Label text = new Label();

    public MessageBar(ObservableList<String> messages) {
        getStyleClass().add("message-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label icon = new Label("⚠");
        icon.setStyle("-fx-font-size: 16px;");
        text.setId("message-text");
        text.getStyleClass().add("message-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", messages), messages));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("message-dismiss");
        dismiss.setOnAction(e -> messages.clear());
        getChildren().addAll(icon, text, dismiss);
        visibleProperty().bind(Bindings.isNotEmpty(messages));
        managedProperty().bind(visibleProperty());
    }

    /** The messages' text (for tests). */
    public String text() {
        return text.getText();
    }
}
