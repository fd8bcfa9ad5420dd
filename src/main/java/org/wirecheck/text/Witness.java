package org.wirecheck.text;

import java.util.List;
import java.util.Objects;

/**
 * One copy of the story as loaded: a display name (its label: the outlet, else the file name), where it came from
 * (a path, a web address, {@code pasted:N}), and its text exactly as decoded. {@code hidden} lists character ranges
 * the tokenizer must skip (markup such as a Markdown link target); they stay part of the text so that every offset
 * still points into the original. {@code origin} keeps the evidence of how it was obtained.
 */
public record Witness(String name, String source, String text, List<TextRange> hidden, Origin origin) {

    public Witness {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        hidden = List.copyOf(hidden);
        origin = Objects.requireNonNullElse(origin, Origin.NONE);
        for (TextRange r : hidden) {
            if (r.end() > text.length()) {
                throw new IllegalArgumentException("hidden range " + r + " beyond text length " + text.length());
            }
        }
    }

    /** A witness of unknown origin. */
    public Witness(String name, String source, String text, List<TextRange> hidden) {
        this(name, source, text, hidden, Origin.NONE);
    }

    /** A witness with nothing hidden, of unknown origin. */
    public Witness(String name, String source, String text) {
        this(name, source, text, List.of(), Origin.NONE);
    }

    /** This copy under another label (renamed by the user). */
    public Witness withName(String newName) {
        return new Witness(newName, source, text, hidden, origin);
    }
}
