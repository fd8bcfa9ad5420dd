package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.TextRange;

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

    private static void assertWellFormed(String text, List<TextRange> ranges) {
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
