package org.wirecheck.review;

import java.util.List;
import java.util.Objects;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/**
 * One compared copy as a review keeps it: enough to compare it again even if its file moved or changed.
 *
 * @param name   the display name (the file name)
 * @param path   the file it was read from (absolute)
 * @param sha256 SHA-256 of the file's bytes when it was read, lowercase hex
 * @param text   the text that was compared (as decoded; for HTML the extracted article text)
 * @param hidden ranges of {@code text} the engine skips (Markdown markup)
 */
public record SavedCopy(String name, String path, String sha256, String text, List<TextRange> hidden) {

    public SavedCopy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        hidden = List.copyOf(hidden);
    }

    /** The copy as the engine takes it (source = {@link #path()}). */
    public Witness witness() {
        return new Witness(name, path, text, hidden);
    }

    /** The saved form of {@code w}, read from a file with digest {@code sha256}. */
    public static SavedCopy of(Witness w, String path, String sha256) {
        return new SavedCopy(w.name(), path, sha256, w.text(), w.hidden());
    }
}
