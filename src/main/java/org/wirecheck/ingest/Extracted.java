package org.wirecheck.ingest;

import java.util.List;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.TextRange;

/**
 * What a reader made of a copy's bytes: the text to compare, the ranges of it the tokenizer skips, what the source
 * says of its publication, and the media type it was read as ({@code text/plain}, {@code text/html},
 * {@code application/pdf}...).
 */
record Extracted(String text, List<TextRange> hidden, Metadata metadata, String mediaType) {

    Extracted {
        hidden = List.copyOf(hidden);
    }

    /** Plain text with nothing hidden and no metadata. */
    static Extracted plain(String text) {
        return new Extracted(text, List.of(), Metadata.NONE, Format.PLAIN.mediaType());
    }
}
