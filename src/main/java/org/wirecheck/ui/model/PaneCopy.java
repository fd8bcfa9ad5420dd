package org.wirecheck.ui.model;

import java.nio.file.Path;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.CopyDrift;
import org.wirecheck.text.Witness;

/**
 * One copy as the reader shows it: its id, the file it came from and its text; {@code copy} is the engine's view of
 * it (word count, similarity, base), {@code marks} its highlighting and {@code drift} how far it departs from the
 * others, all null while fewer than two copies are open.
 */
public record PaneCopy(String id, Path path, Witness witness, Copy copy, CopyMarks marks, CopyDrift drift) {

    /** A pane without a drift card. */
    public PaneCopy(String id, Path path, Witness witness, Copy copy, CopyMarks marks) {
        this(id, path, witness, copy, marks, null);
    }

    /** The copy's label shown in the pane's header: its outlet, the name the user gave it, else its file name. */
    public String name() {
        return witness.name();
    }

    /** The letter and the label, as menus and lists show a copy: "A · apnews.com". */
    public String label() {
        return id + " · " + outlet();
    }

    /**
     * What the window calls the copy: the site a saved web page names itself after ({@code og:site_name} and the
     * like) while the copy still bears its file's name, else its name (a fetched page's site, a pasted copy's "Pasted
     * 1", a file's name, or whatever the user renamed it to).
     */
    public String outlet() {
        String site = witness.origin().metadata().siteName().strip();
        if (site.isEmpty() || witness.origin().kind() != org.wirecheck.text.Origin.Kind.FILE) {
            return witness.name();
        }
        try {
            Path own = Path.of(witness.source()).getFileName();
            return own != null && own.toString().equals(witness.name()) ? site : witness.name();
        } catch (java.nio.file.InvalidPathException e) {
            return witness.name();
        }
    }

    /** Whether the engine compared this copy. */
    public boolean compared() {
        return copy != null;
    }
}
