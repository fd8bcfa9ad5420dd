package org.wirecheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.Fixtures;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.text.Witness;

class HtmlReportTest {

    /** A name and a reading made of markup, quotes, an ampersand and a spreadsheet formula. */
    private static final String NASTY = "=cmd|' /C calc'!A0 <script>alert(\"x\")</script> & \"q\"";

    private static String html(Comparison c, Review r) {
        return HtmlReport.render(ReportModel.of(c, r, ReportFixtures.CLOCK));
    }

    private static Document hostilePage() {
        return Jsoup.parse(html(ReportFixtures.hostile(), ReportFixtures.hostileReview()));
    }

    @Test
    void hostileTextInACopyShowsAsTextAndRunsNothing() {
        String page = html(ReportFixtures.hostile(), ReportFixtures.hostileReview());
        Document doc = Jsoup.parse(page);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img, iframe, object, embed, link, base, form, input")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getKey()).isNotIn("src", "href", "srcset", "action", "formaction");
            }
        }
        // the raw markup never appears unescaped, but the text reads as typed
        assertThat(page).doesNotContain(ReportFixtures.SCRIPT).doesNotContain("<img");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(doc.select("mark").eachText()).contains(ReportFixtures.SCRIPT, ReportFixtures.BREAKOUT.strip());
    }

    @Test
    void hostileTextShowsInTitleNamesWarningsAndReview() {
        Document doc = hostilePage();

        assertThat(doc.title()).contains(ReportFixtures.SCRIPT);
        assertThat(doc.select("h1").text()).isEqualTo(ReportFixtures.HEADING + " " + ReportFixtures.SCRIPT);
        assertThat(doc.select("table.copies td").eachText()).contains("=evil" + ReportFixtures.SCRIPT + ".txt");
        assertThat(doc.select(".warnings").text()).contains(ReportFixtures.SCRIPT);
        assertThat(doc.select(".review .verdict").text()).contains("=confirmed " + ReportFixtures.SCRIPT);
        assertThat(doc.select(".review .note").text()).contains(ReportFixtures.BREAKOUT);
        // an attribute value holding a copy name stays one attribute
        Element abbr = doc.select(".ids abbr").stream().filter(e -> e.text().equals("B")).findFirst().orElseThrow();
        assertThat(abbr.attributes().size()).isEqualTo(1);
        assertThat(abbr.attr("title")).isEqualTo("b|" + ReportFixtures.BREAKOUT + ".md");
    }

    @Test
    void selfContainedAndSafeByConstruction() {
        String page = html(ReportFixtures.sentenced(), Review.NONE);
        Document doc = Jsoup.parse(page);

        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'").doesNotContain("script-src");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("style").html()).contains("@media print").contains("@media (max-width");
        assertThat(doc.select("script, link, img")).isEmpty();
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import")
                .doesNotContain("url(");
    }

    @Test
    void storyCopiesAndSummary() {
        Document doc = Jsoup.parse(html(ReportFixtures.sentenced(), Review.NONE));

        assertThat(doc.select("h1").text()).isEqualTo(Fixtures.TEXT_A);
        assertThat(doc.select("header time").attr("datetime")).isEqualTo("2026-01-30T09:15:00Z");
        assertThat(doc.select("header time").text()).isEqualTo("2026-01-30 09:15 UTC");
        List<String> firstRow = doc.select("table.copies tbody tr").get(0).select("td").stream().map(Element::text)
                .toList();
        assertThat(firstRow).containsExactly("A", "000.txt", "samples/000.txt", "15", "100.0%", "base");
        assertThat(doc.select("table.copies tbody tr").get(2).select("td").stream().map(Element::text))
                .containsExactly("C", "002.txt", "samples/002.txt", "15", "81.2%", "");
        assertThat(doc.select(".totals").text()).isEqualTo("3 discrepancies: 1 high 1 medium 1 low");
        assertThat(doc.select("table.kinds tbody tr").eachText())
                .containsExactly("NAME 1 1", "OMISSION 1 1", "STYLE 1 1");
        // C carries the minority reading in all three discrepancies (the majority of D3 is the empty reading)
        assertThat(doc.select("table.deviating tbody tr").eachText()).containsExactly("C 002.txt 1 1 1 100.0%");
    }

    @Test
    void eachDiscrepancyWithReadingsMajorityFirstAndTheSentenceMarked() {
        Document doc = Jsoup.parse(html(ReportFixtures.sentenced(), Review.NONE));

        assertThat(doc.select("article").eachAttr("id")).containsExactly("D1", "D2", "D3");
        Element d1 = doc.getElementById("D1");
        assertThat(d1.select("h3").text()).isEqualTo("D1 NAME high Chey Institute / Choi Institute");
        assertThat(d1.select(".why").text()).isEqualTo("near-spellings of one proper noun");
        assertThat(d1.select("li.reading")).hasSize(2);
        Element majority = d1.select("li.reading").get(0);
        assertThat(majority.hasClass("majority")).isTrue();
        assertThat(majority.select(".rhead").text()).isEqualTo("Chey 2 of 3 A B majority");
        assertThat(majority.select(".excerpt")).hasSize(1); // A and B read the same sentence: shown once
        assertThat(majority.select(".excerpt mark").text()).isEqualTo("Chey");
        assertThat(majority.select(".excerpt").text()).isEqualTo(Fixtures.TEXT_A);
        Element minority = d1.select("li.reading").get(1);
        assertThat(minority.hasClass("majority")).isFalse();
        assertThat(minority.select(".excerpt mark").text()).isEqualTo("Choi");

        Element d2 = doc.getElementById("D2");
        Element absent = d2.select("li.reading").get(1);
        assertThat(absent.select(".rtext").text()).isEqualTo("(absent)");
        assertThat(absent.select("mark.gap")).hasSize(1);
        assertThat(absent.select(".excerpt").text()).startsWith("Researchers at the Choi Institute \u2038said");
    }

    @Test
    void aReviewIsShownWhereOneExists() {
        Review review = ReportFixtures.review(Map.of("D2", new ReviewEntry("confirmed error", "asked AP\nto fix")));
        Document doc = Jsoup.parse(html(ReportFixtures.sentenced(), review));

        assertThat(doc.select(".review")).hasSize(1);
        assertThat(doc.getElementById("D2").select(".review .verdict").text()).isEqualTo("Verdict: confirmed error");
        assertThat(doc.getElementById("D2").select(".review .note").first().wholeText()).isEqualTo("asked AP\nto fix");
        assertThat(doc.getElementById("D1").select(".review")).isEmpty();
    }

    @Test
    void anEmptyComparisonSaysSo() {
        Comparison c = ReportFixtures.sentenced();
        Comparison empty = new Comparison(c.copies(), "A", List.of(), List.of(), false);

        Document doc = Jsoup.parse(html(empty, Review.NONE));

        assertThat(doc.select("#discrepancies").text()).contains("No discrepancies found.");
        assertThat(doc.select(".warnings").text()).contains("may not be the same story");
        assertThat(doc.select("article")).isEmpty();
    }

    @Test
    void aCopyNameAndReadingWithMarkupAndAFormulaAreEscapedInTextAndAttributes() {
        String name = NASTY + ".txt";
        String page = html(renamed(name, NASTY), Review.NONE);
        Document doc = Jsoup.parse(page);

        // jsoup escapes < > & in text, and " too in attribute values (which it always double-quotes)
        assertThat(page).doesNotContain("<script").doesNotContain("alert(\"x\")<")
                .contains("<td data-label=\"Name\">=cmd|' /C calc'!A0 &lt;script&gt;alert(\"x\")&lt;/script&gt; "
                        + "&amp; \"q\".txt</td>")
                .contains("<abbr title=\"=cmd|' /C calc'!A0 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
                        + "&amp; &quot;q&quot;.txt\">C</abbr>");
        assertThat(doc.select("script")).isEmpty();
        Element row = doc.select("table.copies tbody tr").get(2);
        assertThat(row.select("td[data-label=Name]").text()).isEqualTo(name);
        assertThat(doc.select("table.deviating td").first().text()).isEqualTo("C " + name);
        Element reading = doc.getElementById("D1").select("li.reading").get(1);
        assertThat(reading.select(".rtext").text()).isEqualTo(NASTY);
        Element abbr = reading.select(".ids abbr").first();
        assertThat(abbr.attributes().size()).isEqualTo(1);
        assertThat(abbr.attr("title")).isEqualTo(name);
        assertThat(abbr.text()).isEqualTo("C");
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        String page = html(renamed("x\u0000y\u001bz\u0085 lone \uD800 surrogate \uD83D\uDE00 ok", "Choi"), Review.NONE);
        Document doc = Jsoup.parse(page);

        String clean = "x\uFFFDy\uFFFDz\uFFFD lone \uFFFD surrogate \uD83D\uDE00 ok";
        assertThat(doc.select("table.copies tbody tr").get(2).select("td[data-label=Name]").text()).isEqualTo(clean);
        assertThat(doc.select(".ids abbr[title^=x]").eachAttr("title")).isNotEmpty().allMatch(clean::equals);
        assertThat(page).doesNotContain("&#x");
    }

    @Test
    void thePageParsesAsHtml5WithoutErrorsOrStrayText() throws IOException {
        List<String> pages = List.of(html(ReportFixtures.sentenced(), ReportFixtures.review(Map.of("D2",
                        new ReviewEntry("confirmed error", "asked AP\nto fix")))),
                html(ReportFixtures.hostile(), ReportFixtures.hostileReview()),
                html(new Comparison(ReportFixtures.sentenced().copies(), "A", List.of(), List.of(), true), Review.NONE),
                Files.readString(Path.of("src/test/resources/report/expected/samples.html"), StandardCharsets.UTF_8));
        for (String page : pages) {
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document doc = Jsoup.parse(page, "", parser);

            assertThat(parser.getErrors()).isEmpty();
            assertThat(doc.documentType().name()).isEqualTo("html");
            assertThat(doc.select("html").attr("lang")).isEqualTo("en");
            // text stands only in elements meant for it: between blocks there is nothing but line breaks
            for (Element e : doc.select("html, head, body, header, main, footer, section, article, table, thead, "
                    + "tbody, tr, ol, ul, div.scroll, div.cols, div.warnings")) {
                assertThat(e.textNodes()).as("text in <%s>", e.tagName()).allMatch(TextNode::isBlank);
            }
            assertThat(doc.body().select("header, main, footer")).hasSize(3);
        }
    }

    /** The small fixture with copy C named {@code name} and its reading of D1 replaced by {@code reading}. */
    private static Comparison renamed(String name, String reading) {
        Comparison c = ReportFixtures.sentenced();
        List<Copy> copies = c.copies().stream().map(k -> !k.id().equals("C") ? k : new Copy(k.id(),
                new Witness(name, k.witness().source(), k.witness().text(), k.witness().hidden()), k.words(),
                k.similarity(), k.base(), k.family(), k.sentences())).toList();
        List<Discrepancy> ds = c.discrepancies().stream().map(d -> !d.id().equals("D1") ? d : new Discrepancy(
                d.id(), d.kind(), d.severity(), d.summary(), d.why(), d.majority(), d.readings().stream()
                        .map(r -> r.text().equals("Choi") ? new Reading(reading, r.locations()) : r).toList(),
                d.passage(), d.key())).toList();
        return new Comparison(copies, c.baseId(), ds, c.warnings(), c.sameStory());
    }

    @Test
    void theLegendSaysWhatEveryKindAndSeverityMeansInTheWindowsWords() {
        Document doc = Jsoup.parse(html(ReportFixtures.samples(), Review.NONE));
        Element legend = doc.selectFirst("section#legend dl.legend");
        assertThat(legend).isNotNull();
        java.util.Map<String, String> meaning = new java.util.HashMap<>();
        for (Element dt : legend.select("dt")) {
            meaning.put(dt.text(), dt.nextElementSibling().text());
        }
        for (org.wirecheck.report.ReportLegend.Entry e : org.wirecheck.report.ReportLegend.kinds()) {
            assertThat(meaning).containsEntry(e.term(), e.meaning());
        }
        for (org.wirecheck.classify.Severity s : org.wirecheck.classify.Severity.values()) {
            assertThat(meaning).containsEntry(s.label(), org.wirecheck.report.ReportLegend.severity(s));
            assertThat(legend.select("dt span.sev." + s.label())).hasSize(1);
        }
    }
}
