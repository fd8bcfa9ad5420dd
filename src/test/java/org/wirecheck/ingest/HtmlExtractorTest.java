package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    @Test
    void extractsTheArticleAsParagraphs() throws Exception {
        assertThat(HtmlExtractor.extract(fixture())).isEqualTo(String.join("\n\n",
                "Seoul & Tokyo agree to talks",
                "By Kim Min-ji",
                "SEOUL, Jan. 5 \u2014 The leaders said they would \u201cstep up\u201d cooperation,"
                        + " the Chey Institute said.",
                "Leaders meet in Seoul.",
                "First point",
                "Second point",
                "A quoted line.",
                "Direct div text.",
                "Caf\u00e9 prices rose 5%.\nNew line after break."));
    }

    @Test
    void leavesOutScriptsStylesAndPageFurniture() throws Exception {
        String text = HtmlExtractor.extract(fixture());
        assertThat(text).doesNotContain("alert", "<script", "injected", "color: red", "Enable JavaScript",
                "Subscribe", "email", "Template text", "SVG text", "World", "Sport", "Example News",
                "Copyright", "Privacy", "Teaser", "Page Title", "alt text");
    }

    @Test
    void neverLetsScriptMarkupThrough() throws LoadException {
        String text = HtmlExtractor.extract("<p>Before <script>alert(1)</script>after.</p>"
                + "<p>Tail<script>alert(1)</script></p>");
        assertThat(text).isEqualTo("Before after.\n\nTail").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void choosesTheLargestArticle() throws LoadException {
        String html = "<body><article><p>Small card.</p></article>"
                + "<article><h2>Main story</h2><p>This is the long story text of the page.</p></article></body>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("Main story\n\nThis is the long story text of the page.");
    }

    @Test
    void addsTheTitleOnlyWhenTheArticleHasAnH1() throws LoadException {
        String outside = "<head><title>T</title></head><body><h1>Outside</h1><article><p>Text.</p></article></body>";
        assertThat(HtmlExtractor.extract(outside)).isEqualTo("Text.");
        String inside = "<body><article><header><h1>Inside</h1></header><p>Text.</p></article></body>";
        assertThat(HtmlExtractor.extract(inside)).isEqualTo("Inside\n\nText.");
    }

    @Test
    void fallsBackToMain() throws LoadException {
        String html = "<body><div><p>Sidebar paragraph that is quite long indeed, really.</p></div>"
                + "<main><p>Main text.</p></main></body>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("Main text.");
    }

    @Test
    void fallsBackToTheElementWithMostParagraphText() throws LoadException {
        String html = "<body><div class=\"promo\"><p>Read our newsletter every morning.</p></div>"
                + "<div class=\"content\"><p>First paragraph of the story, long enough to count.</p>"
                + "<p>Second paragraph of the story, long enough to count too.</p></div>"
                + "<div>Footer links</div></body>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("First paragraph of the story, long enough to count."
                + "\n\nSecond paragraph of the story, long enough to count too.");
    }

    @Test
    void fallsBackToTheBody() throws LoadException {
        assertThat(HtmlExtractor.extract("<body>Just text<div>and a div</div></body>"))
                .isEqualTo("Just text\n\nand a div");
    }

    @Test
    void keepsAFormThatWrapsThePage() throws LoadException {
        String html = "<body><form id=\"aspnetForm\"><div class=\"menu\">Home | News</div>"
                + "<div><p>The whole story sits inside a form on this old site.</p></div></form></body>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("The whole story sits inside a form on this old site.");
    }

    @Test
    void decodesEntitiesAndCollapsesInlineWhitespace() throws LoadException {
        String html = "<article><p>  A&nbsp;B &lt;tag&gt; &quot;q&quot;\n\t &eacute;&#233;&#x00E9; </p>"
                + "<p>x<em> y </em>z</p></article>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("A\u00a0B <tag> \"q\" \u00e9\u00e9\u00e9\n\nx y z");
    }

    @Test
    void makesTableCellsAndPreformattedTextParagraphs() throws LoadException {
        String html = "<article><table><tr><td>Cell 1</td><td>Cell 2</td></tr></table>"
                + "<pre>line 1\n  line 2\n</pre></article>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("Cell 1\n\nCell 2\n\nline 1\n  line 2");
    }

    @Test
    void dropsHiddenElements() throws LoadException {
        String html = "<article><p>Shown.</p><p hidden>Hidden one.</p><p style=\"display: none\">Hidden two.</p>"
                + "<span aria-hidden=\"true\">Icon</span></article>";
        assertThat(HtmlExtractor.extract(html)).isEqualTo("Shown.");
    }

    @Test
    void refusesAPageWithoutText() {
        assertThatThrownBy(() -> HtmlExtractor.extract("<html><body><nav>Menu</nav> &nbsp; </body></html>"))
                .isInstanceOf(LoadException.class).hasMessage("HTML page has no article text");
    }

    private static String fixture() throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/ingest/article.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
