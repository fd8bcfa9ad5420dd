package org.wirecheck.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The hint a new user sees above the copies until they dismiss it: how to open copies, step through the facts and
 * record a verdict. Help ▸ Getting started shows it again.
 */
final class FirstRunHint extends HBox {

    static final String TEXT = "Getting started: open two or more copies of a story (Ctrl+O, or drop files here). "
            + "F8 / Shift+F8 go to the next / previous fact; 1, 2, 3 record a verdict (error, acceptable, follow "
            + "up), F2 a note. Ctrl+D shows all drift, Shift+F1 the legend, F1 every key.";

    FirstRunHint(Runnable dismissed) {
        getStyleClass().addAll("notice-bar", "first-run-hint");
        setId("first-run-hint");
        setAlignment(Pos.CENTER_LEFT);
        Label icon = new Label("ℹ");
        icon.getStyleClass().add("hint-icon");
        Label text = new Label(TEXT);
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button gotIt = new Button("Got it");
        gotIt.setId("hint-dismiss");
        gotIt.setMinWidth(Region.USE_PREF_SIZE);
        gotIt.setOnAction(e -> {
            show(false);
            dismissed.run();
        });
        getChildren().addAll(icon, text, gotIt);
    }

    void show(boolean on) {
        setVisible(on);
        setManaged(on);
    }
}
