package org.wirecheck.ui.model;

import java.nio.file.Path;
import org.wirecheck.compare.Copy;
import org.wirecheck.text.Witness;

/**
 * One copy as the reader shows it: its id, the file it came from and its text; {@code copy} is the engine's view of
 * it (word count, similarity, base) and {@code marks} its highlighting, both null while fewer than two copies are
 * open.
 */
public record PaneCopy(String id, Path path, Witness witness, Copy copy, CopyMarks marks) {

    /** The file name shown in the pane's header. */
    public String name() {
        return witness.name();
    }

    /** Whether the engine compared this copy. */
    public boolean compared() {
        return copy != null;
    }
}
