package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Options;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Tokenizer;
import org.wirecheck.text.Witness;

class MarkdownMarkupTest {

    @Test
    void hidesLinkTargetButNotLinkText() {
        String text = "Said [the institute](https://chey.example/a_b) today.";
        assertThat(MarkdownMarkup.hiddenRanges(text)).containsExactly(
                new TextRange(5, 6), new TextRange(19, 46));
        assertThat(visible(text)).isEqualTo("Said the institute today.");
    }

    @Test
    void hidesMarkupInTheFixtureAndKeepsProse() throws IOException {
        String text = fixture();
        List<TextRange> ranges = MarkdownMarkup.hiddenRanges(text);
        assertWellFormed(text, ranges);

        assertThat(visible(text)).isEqualTo(String.join("\n",
                "Seoul and Tokyo agree to talks",
                "",
                "By Kim Min-ji | Example News",
                "",
                "SEOUL, Jan. 5 -- The leaders said they would step up cooperation, the",
                "Chey Institute said. See  (PDF).",
                "",
                "",
                "",
                "\"We will work together,\" she said.",
                "",
                "First point",
                "Second point",
                "Numbered point",
                "",
                "",
                "Prices rose 5% in snake_case_word terms.",
                "",
                "",
                "",
                "",
                "code line",
                "",
                "",
                "",
                ""));
    }

    @Test
    void keepsLineEndingsAndOffsetsOfCrlfText() {
        String text = "# Title\r\n\r\n## Sub ##\r\nText with **bold**.\r\n";
        List<TextRange> ranges = MarkdownMarkup.hiddenRanges(text);
        assertWellFormed(text, ranges);
        assertThat(ranges).containsExactly(new TextRange(0, 2), new TextRange(11, 14), new TextRange(17, 20),
                new TextRange(32, 34), new TextRange(38, 40));
        assertThat(visible(text)).isEqualTo("Title\r\n\r\nSub\r\nText with bold.\r\n");
    }

    @Test
    void hidesImagesEntirelyAndReferenceLinksPartly() {
        String text = "A ![photo of Seoul](img.jpg \"t\") and [Yonhap][y] and [AP].\n\n[y]: https://y.example\n"
                + "[ap]: https://ap.example \"AP\"\n";
        assertThat(visible(text)).isEqualTo("A  and Yonhap and AP.\n\n\n\n");
    }

    @Test
    void leavesUndefinedBracketsAndStrayStarsVisible() {
        String text = "He said [sic] that 5 * 3 = 15 and f*** it, 2 ** 3.";
        assertThat(MarkdownMarkup.hiddenRanges(text)).isEmpty();
    }

    @Test
    void pairsEmphasisButNotIntrawordUnderscores() {
        assertThat(visible("_one_ __two__ ***three*** ~~four~~ snake_case_name")).isEqualTo(
                "one two three four snake_case_name");
        assertThat(visible("**[Chey](http://x)** said")).isEqualTo("Chey said");
    }

    @Test
    void honoursEscapesAndCodeSpans() {
        assertThat(visible("\\*not emphasis\\* and `a *b* <i>`")).isEqualTo("*not emphasis* and a *b* <i>");
    }

    @Test
    void hidesBareUrlsButNotTrailingPunctuation() {
        assertThat(visible("See https://example.org/a_(b)_c. Or (www.example.com), or <https://x.example>."))
                .isEqualTo("See . Or (), or .");
    }

    @Test
    void hidesHtmlCommentsAndTagsAcrossLines() {
        // CommonMark: a blank line ends the paragraph, so an inline comment cannot span it and stays text
        // (the old hand-made reader hid it); a comment that opens a line is an HTML block and may
        // (hidesAnHtmlCommentBlockAcrossABlankLine)
        assertThat(visible("A <!-- note\n\nstill note --> B <span\nclass=\"x\">C</span> 1 < 2 > 0"))
                .isEqualTo("A <!-- note\n\nstill note --> B C 1 < 2 > 0");
    }

    @Test
    void hidesListBulletsQuotesAndRules() {
        String text = "> > nested quote\n\n* star\n+ plus\n2) two\n\n* * *\nTitle\n=====\n";
        assertThat(visible(text)).isEqualTo("nested quote\n\nstar\nplus\ntwo\n\n\nTitle\n\n");
    }

    @Test
    void keepsANumberStartingAWrappedLine() {
        String text = "The death toll rose to\n10. Officials said more.\n\n1. First\n2. Second\n";
        assertThat(visible(text)).isEqualTo("The death toll rose to\n10. Officials said more.\n\nFirst\nSecond\n");
    }

    @Test
    void leavesCodeInsideFencesAlone() {
        String text = "~~~ text\n# not a heading *x*\n~~~\nafter\n";
        assertThat(visible(text)).isEqualTo("\n# not a heading *x*\n\nafter\n");
    }

    @Test
    void returnsNothingForPlainProse() {
        assertThat(MarkdownMarkup.hiddenRanges("Plain prose, with punctuation: (a) - b; c!")).isEmpty();
        assertThat(MarkdownMarkup.hiddenRanges("")).isEmpty();
    }

    @Test
    void terminatesOnPathologicalInput() {
        // a hang guard against runaway backtracking, not a speed measurement (see docs/performance notes)
        String text = "[".repeat(1_000_000) + "_a *".repeat(300_000) + "`".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertWellFormed(text,
                MarkdownMarkup.hiddenRanges(text)));
    }

    // Cases CommonMark (commonmark-java) handles that the old hand-made reader did not, or not fully. Each checks
    // the words the tokenizer reads and their offsets, which must point into the file as written.

    @Test
    void readsNestedEmphasisWithOffsetsIntoTheFile() {
        String text = "Said *the **very** first* one and __*both*__.";
        assertThat(words(text)).containsExactly("Said@0", "the@6", "very@12", "first@19", "one@26", "and@30",
                "both@37");
        assertThat(visible(text)).isEqualTo("Said the very first one and both.");
    }

    @Test
    void hidesALinkTitleAndKeepsTheLinkText() {
        String text = "[The institute](https://x.example/a \"Report, page 12\") said.\n"
                + "[Yonhap][y] too.\n\n[y]: https://y.example 'Yonhap 2024'\n";
        assertThat(words(text)).containsExactly("The@1", "institute@5", "said@55", "Yonhap@62", "too@73");
    }

    @Test
    void hidesTheUnderlineOfSetextHeadings() {
        String text = "Seoul talks\n===========\n\nBy Kim\n------\nBody text.\n";
        assertThat(MarkdownMarkup.hiddenRanges(text)).containsExactly(
                new TextRange(12, 23), new TextRange(32, 38));
        assertThat(words(text)).containsExactly("Seoul@0", "talks@6", "By@25", "Kim@28", "Body@39", "text@44");
    }

    @Test
    void keepsTheCodeOfCodeSpansAndHidesTheirBackticks() {
        String text = "Use ``a `b` c`` and ` x ` now.";
        assertThat(visible(text)).isEqualTo("Use a `b` c and  x  now.");
        assertThat(words(text)).containsExactly("Use@0", "a@6", "b@9", "c@12", "and@16", "x@22", "now@26");
    }

    @Test
    void hidesAnHtmlCommentBlockAcrossABlankLine() {
        String text = "<!-- note\n\nstill note -->\nAfter it.\n";
        assertThat(words(text)).containsExactly("After@26", "it@32");
    }

    @Test
    void keepsTheTextOfAnHtmlBlockAndHidesItsTags() {
        String text = "<div class=\"caption\">\nPhoto: <b>AP</b>\n</div>\n<script>var x = 1;</script>\n\nAfter.\n";
        assertThat(words(text)).containsExactly("Photo@22", "AP@32", "After@75");
    }

    @Test
    void hidesLineBreaksInsideImagesLinkTargetsAndTagsOnly() {
        String text = "A ![long\ncaption](p.jpg) b [c](u 'long\ntitle')d <span\nclass=\"x\">e</span>f\n*g\nh*";
        assertThat(visible(text)).isEqualTo("A  b cd ef\ng\nh");
        assertThat(words(text)).containsExactly("A@0", "b@25", "c@28", "d@46", "e@64", "f@72", "g@75", "h@77");
    }

    @Test
    void hidesEscapesAndHardBreaksButKeepsEntitiesAsWritten() {
        String text = "# 1\\. Not a list\nLine\\\nnext AT&amp;T\n";
        assertThat(visible(text)).isEqualTo("1. Not a list\nLine\nnext AT&amp;T\n");
        assertThat(words(text)).startsWith("1@2", "Not@6");
    }

    @Test
    void hidesPrefixesOfNestedListsAndQuotesWithLazyLines() {
        String text = "> - one\n>   two\nlazy\n\n1. a\n   - b\n\n   c\n";
        assertThat(visible(text)).isEqualTo("one\ntwo\nlazy\n\na\nb\n\nc\n");
        assertThat(words(text)).containsExactly("one@4", "two@12", "lazy@16", "a@25", "b@32", "c@38");
    }

    @Test
    void keepsTheCodeOfAnUnclosedFenceAndOfIndentedCode() {
        String text = "Text.\n\n    indented code\n\n```\nopen code";
        assertThat(visible(text)).isEqualTo("Text.\n\n    indented code\n\n\nopen code");
    }

    @Test
    void terminatesOnDeeplyNestedInput() {
        // commonmark-java caps nesting (about 100 levels); the walk over its tree does not recurse either way
        String text = ">".repeat(100_000) + " x\n\n" + "- ".repeat(50_000) + "y\n\n" + "*a _".repeat(20_000) + "b"
                + "_ a*".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertWellFormed(text,
                MarkdownMarkup.hiddenRanges(text)));
    }

    @Test
    void aMarkdownCopysDiscrepancyPointsIntoItsFile() throws Exception {
        String md = "## Storm\n\nThe storm killed **12** people in [Manila](https://x.example/a_14 \"14 dead\").\n";
        String plain = "Storm\n\nThe storm killed 14 people in Manila.\n";
        List<Witness> copies = List.of(Loader.fromBytes("a.md", "a.md", md.getBytes(StandardCharsets.UTF_8)),
                new Witness("b.txt", "b.txt", plain), new Witness("c.txt", "c.txt", plain));

        Comparison c = Comparer.compare(copies, Options.defaults());

        String mdId = c.copies().stream().filter(k -> k.witness().name().equals("a.md")).findFirst().orElseThrow()
                .id();
        List<Location> inMd = c.discrepancies().stream().map(d -> d.readingOf(mdId)).filter(r -> r != null)
                .flatMap(r -> r.locations().stream()).filter(l -> l.witnessId().equals(mdId)).toList();
        // the reading starts at "12" in the file, past the hidden "**"
        assertThat(inMd).isNotEmpty().allSatisfy(l -> assertThat(l.start()).isEqualTo(md.indexOf("**12**") + 2));
        assertThat(md.substring(inMd.get(0).start(), inMd.get(0).end())).startsWith("12**");
    }

    /** The text with hidden characters removed. */
    private static String visible(String text) {
        List<TextRange> ranges = MarkdownMarkup.hiddenRanges(text);
        assertWellFormed(text, ranges);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextRange r : ranges) {
            out.append(text, at, r.start());
            at = r.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The words the tokenizer reads, each as "word@offset" into {@code text}. */
    private static List<String> words(String text) {
        List<TextRange> ranges = MarkdownMarkup.hiddenRanges(text);
        assertWellFormed(text, ranges);
        return Tokenizer.words(text, ranges).stream().map(t -> {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            return t.text() + "@" + t.start();
        }).toList();
    }

    static void assertWellFormed(String text, List<TextRange> ranges) {
        int previousEnd = -1;
        for (TextRange r : ranges) {
            assertThat(r.start()).isGreaterThan(previousEnd);
            assertThat(r.end()).isGreaterThan(r.start()).isLessThanOrEqualTo(text.length());
            previousEnd = r.end();
        }
    }

    private static String fixture() throws IOException {
        try (InputStream in = MarkdownMarkupTest.class.getResourceAsStream("/ingest/story.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
