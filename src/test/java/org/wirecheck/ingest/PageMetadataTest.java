package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wirecheck.text.Metadata;
import org.wirecheck.text.Origin;
import org.wirecheck.text.Witness;

/** Publication metadata from a page's markup, and pasted copies. */
class PageMetadataTest {

    private static final String BODY = "<body><article><p>SEOUL, March 3 (Reuters) - The Chey Institute said 480 "
            + "missiles were tested.</p></article></body></html>";

    @Test
    void jsonLdNewsArticleComesFirstThenOpenGraphThenMetaThenTheTitle() throws Exception {
        String html = "<html><head><title>Page title | Site</title>"
                + "<meta property=\"og:site_name\" content=\"Korea Daily\">"
                + "<meta property=\"og:title\" content=\"OG title\">"
                + "<meta name=\"author\" content=\"Meta Author\">"
                + "<meta property=\"article:modified_time\" content=\"2026-03-03T12:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"ignored\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\","
                + "\"datePublished\":\"2026-03-03T09:15:00+09:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Kim\"},"
                + "{\"name\":\"Lee\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"KD Media\"}}]}</script>"
                + "</head>" + BODY;

        Metadata m = HtmlExtractor.page(html).metadata();

        assertThat(m).isEqualTo(new Metadata("LD headline", "KD Media", "Kim, Lee", "2026-03-03T09:15:00+09:00",
                "2026-03-03T12:00:00Z"));
    }

    @Test
    void withoutJsonLdTheMetaTagsAndTitleAreRead() throws Exception {
        String html = "<html><head><title>Only a title</title><script type=\"application/ld+json\">{broken"
                + "</script><meta name=\"article:published_time\" content=\"2026-03-03\"></head>" + BODY;
        assertThat(HtmlExtractor.page(html).metadata())
                .isEqualTo(new Metadata("Only a title", "", "", "2026-03-03", ""));
        assertThat(HtmlExtractor.page("<html>" + BODY).metadata().isEmpty()).isTrue();
    }

    @Test
    void aFileNamedAfterItsSiteKeepsItsFileNameButGetsItsMetadata() throws Exception {
        byte[] page = ("<html><head><meta property=\"og:site_name\" content=\"Korea Daily\"></head>" + BODY)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Witness w = Loader.fromBytes("saved.html", "/tmp/saved.html", page);
        assertThat(w.name()).isEqualTo("saved.html");
        assertThat(w.origin().metadata().siteName()).isEqualTo("Korea Daily");
        assertThat(w.origin().kind()).isEqualTo(Origin.Kind.FILE);
    }

    @Test
    void pastedTextAndPastedHtml() throws Exception {
        Witness text = Loader.pasted(1, "SEOUL, March 3 - The Chey Institute said.", null);
        Witness html = Loader.pasted(2, "ignored when there is HTML", "<html>" + BODY);

        assertThat(text.name()).isEqualTo("Pasted 1");
        assertThat(text.source()).isEqualTo("pasted:1");
        assertThat(text.text()).isEqualTo("SEOUL, March 3 - The Chey Institute said.");
        assertThat(text.origin().kind()).isEqualTo(Origin.Kind.PASTED);
        assertThat(text.origin().fetched()).isNotNull();
        assertThat(new String(text.origin().bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(text.text());
        assertThat(html.name()).isEqualTo("Pasted 2");
        assertThat(html.text()).isEqualTo("SEOUL, March 3 (Reuters) - The Chey Institute said 480 missiles were "
                + "tested.");
        assertThat(html.origin().mediaType()).isEqualTo("text/html");
        assertThatThrownBy(() -> Loader.pasted(3, " \n ", null)).hasMessage("the clipboard holds no text");
    }
}
