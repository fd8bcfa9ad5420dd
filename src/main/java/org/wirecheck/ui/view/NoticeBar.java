package org.wirecheck.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A bar above the copies about the review that was opened or restored: which copies changed since it was saved and
 * what that means for its verdicts, with an action (compare the current files) and Dismiss. It never blocks.
 */
public final class NoticeBar extends HBox {

    private final Label text = new Label();
    private final Button action = new Button();
    private Runnable onAction = () -> { };

    public NoticeBar() {
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label icon = new Label("ℹ");
        icon.setStyle("-fx-font-size: 16px;");
        text.setId("notice-text");
        text.getStyleClass().add("notice-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        action.setId("notice-action");
        action.setOnAction(e -> onAction.run());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("notice-dismiss");
        dismiss.setOnAction(e -> hide());
        getChildren().addAll(icon, text, action, dismiss);
        hide();
    }

    /** Shows {@code message}, with a button {@code actionLabel} running {@code run} (none when the label is null). */
    public void show(String message, String actionLabel, Runnable run) {
        text.setText(message);
        action.setText(actionLabel == null ? "" : actionLabel);
        action.setVisible(actionLabel != null);
        action.setManaged(actionLabel != null);
        onAction = run == null ? () -> { } : run;
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        text.setText("");
        setVisible(false);
        setManaged(false);
    }

    /** The message shown ({@code ""} when hidden; for tests). */
    public String text() {
        return text.getText();
    }
}
