package org.wirecheck.review;

import java.util.List;
import java.util.Objects;
import org.wirecheck.text.Origin;
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
 * @param origin how it was obtained ({@link Origin#NONE} from a review file older than the evidence fields)
 */
public record SavedCopy(String name, String path, String sha256, String text, List<TextRange> hidden,
                        Origin origin) {

    public SavedCopy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        hidden = List.copyOf(hidden);
        origin = Objects.requireNonNullElse(origin, Origin.NONE);
    }

    /** A saved copy of unknown origin. */
    public SavedCopy(String name, String path, String sha256, String text, List<TextRange> hidden) {
        this(name, path, sha256, text, hidden, Origin.NONE);
    }

    /** The copy as the engine takes it (source = {@link #path()}). */
    public Witness witness() {
        return new Witness(name, path, text, hidden, origin);
    }

    /** Whether it was read from a file (not fetched from the web or pasted), so its file can be checked. */
    public boolean fromFile() {
        return origin.kind() == Origin.Kind.FILE;
    }

    /** The saved form of {@code w}, read from a file (or address) with digest {@code sha256}. */
    public static SavedCopy of(Witness w, String path, String sha256) {
        return new SavedCopy(w.name(), path, sha256, w.text(), w.hidden(), w.origin());
    }
}
