package org.wirecheck.ui.view;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window beside the reader (the legend, the shortcuts), styled by the reader's stylesheets, theme too. */
final class SideWindow {

    private SideWindow() {
    }

    /** Opens {@code content} in a window titled {@code title}, {@code width} by {@code height}, and returns it. */
    static Stage open(Window owner, String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.initOwner(owner);
        Scene scene = new Scene(content, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
