package org.wirecheck.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.wirecheck.text.TextRange;

/**
 * Finds the Markdown markup in a text: the character ranges that are not prose and that the tokenizer must skip. The
 * text itself is never changed. commonmark-java parses it (CommonMark, plus GFM strikethrough and bare URLs) with
 * the source span of every node; {@link MarkdownProse} turns the tree into the markup and the prose it holds.
 * Markup is what lies inside a block but outside its prose; line breaks and blank lines between blocks stay visible.
 * See docs/decisions/0015-markdown-with-commonmark.md.
 */
final class MarkdownMarkup {

    /** Thread-safe and reusable, as commonmark-java documents it. E-mail addresses stay prose. */
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(
                    AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build(),
                    StrikethroughExtension.create()))
            .build();

    private MarkdownMarkup() {
    }

    /** @return sorted, non-overlapping ranges of markup inside {@code text} */
    static List<TextRange> hiddenRanges(String text) {
        MarkdownProse found = MarkdownProse.of(text, PARSER.parse(text));
        BitSet hidden = (BitSet) found.covered().clone();
        hidden.andNot(found.prose());
        List<TextRange> ranges = new ArrayList<>();
        for (int start = hidden.nextSetBit(0); start >= 0; start = hidden.nextSetBit(start)) {
            int end = hidden.nextClearBit(start);
            ranges.add(new TextRange(start, end));
            start = end;
        }
        return ranges;
    }
}
