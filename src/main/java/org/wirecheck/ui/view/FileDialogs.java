package org.wirecheck.ui.view;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks the user for files to open (the real one shows a file chooser; tests answer directly). */
public interface FileDialogs {

    /**
     * @param initialFolder where to start, or null
     * @return the chosen files, empty when the user cancelled
     */
    List<Path> chooseFiles(Window owner, String title, Path initialFolder);
}
