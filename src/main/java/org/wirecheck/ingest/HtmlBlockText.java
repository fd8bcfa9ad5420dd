package org.wirecheck.ingest;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup of a raw HTML block in a Markdown file, which CommonMark passes through unparsed: comments, processing
 * instructions, declarations, CDATA, tags, and {@code script}, {@code style} and {@code textarea} elements whole.
 * The text between tags ({@code <div>Photo: AP</div>}) is prose. A construct left open runs to the block's end.
 */
final class HtmlBlockText {

    private static final Pattern MARKUP = Pattern.compile("<!--.*?(?:-->|\\z)|<\\?.*?(?:\\?>|\\z)"
            + "|<!\\[CDATA\\[.*?(?:]]>|\\z)|<![A-Za-z][^>]*>?"
            + "|<(script|style|textarea)\\b.*?(?:</\\1\\s*>|\\z)"
            + "|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private HtmlBlockText() {
    }

    /** @return the characters of markup in the block {@code [start, end)} of {@code text} */
    static BitSet tags(String text, int start, int end) {
        BitSet tags = new BitSet();
        Matcher m = MARKUP.matcher(text).region(start, end);
        while (m.find()) {
            tags.set(m.start(), m.end());
        }
        return tags;
    }
}
