package org.wirecheck.ui.view;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.wirecheck.ui.model.PaneCopy;
import org.wirecheck.ui.model.ReaderResult;
import org.wirecheck.ui.model.Session;

/**
 * The tool bar's Reference box: "Automatic (most similar to all)" or one of the copies; choosing one recomputes the
 * comparison against it (in the background, through the session). It lists the copies of each new result without
 * taking that as the user's choice.
 */
final class ReferenceChooser {

    private final Session session;
    private final ComboBox<Path> box = new ComboBox<>();
    private boolean updating;

    ReferenceChooser(Session session) {
        this.session = session;
        box.setId("reference");
        box.setCellFactory(v -> cell());
        box.setButtonCell(cell());
        box.setTooltip(new Tooltip("The copy the others are aligned to"));
        box.valueProperty().addListener((o, a, p) -> {
            if (!updating) {
                session.setReference(p);
            }
        });
    }

    ComboBox<Path> node() {
        return box;
    }

    /** Lists the copies of {@code r} and shows the session's reference. */
    void show(ReaderResult r) {
        updating = true;
        try {
            box.getItems().setAll((Path) null);
            if (r.comparison() != null) {
                box.getItems().addAll(r.panes().stream().map(PaneCopy::path).toList());
            }
            box.setValue(session.referenceProperty().get());
            box.setDisable(r.comparison() == null);
        } finally {
            updating = false;
        }
    }

    private ListCell<Path> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText("Automatic (most similar to all)");
                } else {
                    setText(session.result().paneOf(p).map(PaneCopy::label)
                            .orElse(p.getFileName().toString()));
                }
            }
        };
    }
}
