package org.wirecheck.ingest;

import java.util.List;
import java.util.Set;
import org.wirecheck.text.TextRange;

/**
 * Finds the Markdown markup in a text: the character ranges that are not prose and that the tokenizer must skip. The
 * text itself is never changed. Three passes mark a shared {@link MarkdownMarks}:
 * {@link MarkdownBlocks} (line prefixes, fences, rules, reference definitions), {@link MarkdownInline} (links,
 * images, code spans, HTML, URLs, escapes) and {@link MarkdownEmphasis} (paired {@code *}, {@code _}, {@code ~} runs).
 *
 * <p>This is a tolerant approximation of CommonMark, tuned to leave prose visible when in doubt.
 */
final class MarkdownMarkup {

    private MarkdownMarkup() {
    }

    /** @return sorted, non-overlapping ranges of markup inside {@code text} */
    static List<TextRange> hiddenRanges(String text) {
        MarkdownMarks marks = new MarkdownMarks(text);
        Set<String> labels = MarkdownBlocks.mark(marks);
        MarkdownInline.mark(marks, labels);
        MarkdownEmphasis.mark(marks);
        return marks.ranges();
    }
}
