package org.wirecheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Floods.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Floods;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.compare.PublicationTimes.Basis;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.Review;

/** The HTML report's versions section (with its timeline) and overview matrix. */
class StorySectionsTest {

    private static Document page(Comparison c, PublicationTimes times) throws IOException {
        byte[] html = new HtmlReport().render(c, Review.NONE, ReportFixtures.OPTIONS.withTimes(times));
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void versionsAreLabelledTheEarliestNamedAndTheTimelineDrawn() throws IOException {
        PublicationTimes times = PublicationTimes.published(Map.of("A", at("04:10"), "B", at("04:40"),
                "D", at("06:05"))).with("E", at("07:00"), Basis.FETCHED);
        Document doc = page(Floods.compare(), times);
        Element versions = doc.selectFirst("section#versions");

        assertThat(versions).isNotNull();
        assertThat(versions.select("ol.versions > li")).hasSize(2);
        assertThat(versions.select("ol.versions > li").get(0).text()).isEqualTo("Version 1: kill 128 · copies "
                + "A, B, C · set apart at D2, D3, D4 Likely source: A (published 04:10 UTC, shares every reading of "
                + "version 1)");
        assertThat(versions.selectFirst("p.earliest").text()).startsWith("Earliest copy: A (version 1), published "
                + "04:10 UTC.");
        Element svg = versions.selectFirst("svg.timeline");
        assertThat(svg).isNotNull();
        assertThat(svg.select("circle")).hasSize(4);
        assertThat(svg.select("circle[fill=#fff]")).hasSize(1); // E: a fetch time, a hollow dot
        assertThat(svg.select("rect")).hasSize(1); // C: no time, a square past the dashed line
        assertThat(svg.select("text").eachText()).contains("v1 kill 128", "v2 kill 157", "no time");
        assertThat(versions.text()).contains("Unordered (no publication or fetch time): C. Their place in time is "
                + "not guessed.");
        // the section comes before the details and fetches nothing
        assertThat(doc.select("main > section").eachAttr("id")).containsSubsequence("summary", "versions",
                "overview", "discrepancies");
        assertThat(doc.select("[src], [href], script")).isEmpty();
    }

    @Test
    void theMatrixHasACueInEveryCellThatReadsWithoutColour() throws IOException {
        Document doc = page(Floods.compare(), PublicationTimes.NONE);
        Element table = doc.selectFirst("section#overview table.matrix");

        assertThat(table.select("tbody tr")).hasSize(5);
        assertThat(table.select("tbody tr th.id").eachText()).containsExactly("C", "A", "B", "D", "E");
        assertThat(table.select("thead th.col")).hasSize(8);
        Element c = table.selectFirst("tbody tr");
        assertThat(c.select("td.cell.minority").eachText()).containsExactly("b");
        assertThat(c.selectFirst("td.cell.minority").hasClass("k-name")).isTrue();
        assertThat(c.selectFirst("td.cell.minority").attr("title")).isEqualTo("C, D1 NAME: “Odoya” — minority");
        assertThat(c.select("td.cell.absent").eachText()).containsOnly("∅");
        assertThat(table.select("tbody tr.newver th.id").eachText()).containsExactly("D");
        assertThat(doc.select("section#versions p").first().text()).isEqualTo(
                "The copies follow 2 versions of the story.");
    }

    @Test
    void theSamplesShowAtMostSixtyColumnsAndSaySo() throws IOException {
        Document doc = page(ReportFixtures.samples(), PublicationTimes.NONE);
        Element overview = doc.selectFirst("section#overview");
        assertThat(overview.select("thead th.col")).hasSize(OverviewSection.MAX_COLUMNS);
        assertThat(overview.selectFirst("p.why").text()).contains("the 60 most important of")
                .startsWith("One row per copy, the copy that departs most first");
        // five copies, each a family of its own: no versions, so the rows go by departure alone, no group lines
        assertThat(overview.select("tbody th.id").eachText()).containsExactly("C", "B", "E", "D", "A");
        assertThat(overview.select("tr.newver")).isEmpty();
        assertThat(doc.selectFirst("section#versions").text()).contains("No copy carries a publication or fetch "
                + "time: the copies are unordered.");
    }

    @Test
    void copiesThatAreNotOneStoryGetNoStorySections() throws IOException {
        Comparison apart = new Comparison(ReportFixtures.sentenced().copies(), "A", List.of(),
                List.of("These copies do not look like the same story."), false);
        Document doc = page(apart, PublicationTimes.NONE);
        assertThat(doc.select("section#overview, section#versions")).isEmpty();
    }

    @Test
    void theMatrixNumbersVersionsAsTheVersionsSectionDoes() throws IOException {
        // the update published first: it is version 1 in both sections, whatever its family number
        Document doc = page(Floods.compare(), PublicationTimes.published(Map.of("D", at("03:00"))));
        Element d = doc.select("section#overview tbody tr").stream()
                .filter(tr -> tr.selectFirst("th.id").text().equals("D")).findFirst().orElseThrow();
        assertThat(d.select("td.num").first().text()).isEqualTo("1");
        assertThat(doc.select("ol.versions > li").first().text()).startsWith("Version 1: kill 157 · copies D, E");
    }
}
