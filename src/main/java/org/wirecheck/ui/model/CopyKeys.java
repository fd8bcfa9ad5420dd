package org.wirecheck.ui.model;

import java.nio.file.Path;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/**
 * The window keys every open copy by a path: a file's own path, and for a copy that has no file (fetched from the
 * web, pasted) a path made from its source under a folder that is never created ({@link #ROOT}), so the panes,
 * hidden set, reference and review treat all copies alike. {@link #source} turns a key back into what the review
 * file records.
 */
public final class CopyKeys {

    /** Where the keys of copies without a file live; nothing is ever written there. */
    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), ".wirecheck-no-file")
            .toAbsolutePath().normalize();

    private CopyKeys() {
    }

    /** The key of {@code w}: its file, or a key made from its source when it has none. */
    public static Path of(Witness w) {
        return w.origin().kind() == Origin.Kind.FILE ? Path.of(w.source()).toAbsolutePath().normalize()
                : forSource(w.source());
    }

    /** The key of a copy without a file whose source is {@code source} (an address, {@code pasted:2}). */
    public static Path forSource(String source) {
        return ROOT.resolve(Origin.sha256(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24));
    }

    /** Whether {@code key} stands for a copy without a file. */
    public static boolean noFile(Path key) {
        return key.startsWith(ROOT);
    }

    /** What a review file records for the copy at {@code key}: its file's path, else its source. */
    public static String source(Path key, Witness w) {
        return noFile(key) ? w.source() : key.toString();
    }
}
