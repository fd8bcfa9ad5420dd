package org.wirecheck.ingest;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any mix of Markdown syntax gives sorted, non-overlapping hidden ranges inside the text, and never fails. */
class MarkdownMarkupPropertiesTest {

    private static final List<String> PIECES = List.of("word", " ", "\t", "    ", "\n", "\r\n", "\r", "*", "**", "_",
            "~~", "`", "```", "~~~", "[", "]", "](", ")", "(", "![", "<", ">", "> ", "- ", "+ ", "1. ", "2) ", "# ",
            "#", "===", "---", "\\", "&amp;", "&#", ";", "\"", "'", "<!--", "-->", "<div>", "</div>", "<span a=\"b\">",
            "https://x.example/a_(b)", "www.x.example", "a@b.example", ":", "[y]: /u", "\u0000", "\uD83D\uDE00");

    @Property(tries = 500)
    void hiddenRangesAreWellFormed(@ForAll("markdown") String text) {
        MarkdownMarkupTest.assertWellFormed(text, MarkdownMarkup.hiddenRanges(text));
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }
}
