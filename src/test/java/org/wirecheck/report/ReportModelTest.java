package org.wirecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.ingest.Loader;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

class ReportModelTest {

    private static ReportModel model(Comparison c) {
        return ReportModel.of(c, Review.NONE, ReportFixtures.CLOCK);
    }

    private static Comparison oneCopy(Witness w, List<TextRange> sentences, List<Discrepancy> ds) {
        Copy a = new Copy("A", w, 10, 1.0, true, 1, sentences);
        Copy b = new Copy("B", new Witness("b.txt", "b.txt", w.text()), 10, 0.9, false, 1, sentences);
        return new Comparison(List.of(a, b), "A", ds, List.of(), true);
    }

    @Test
    void theTitleIsTheFirstLineOfThePlainTextBase() {
        Witness w = new Witness("a.txt", "a.txt", "\n\n  Nato chief urges South Korea  \nSeoul, Jan 30 ...\n");

        assertThat(model(oneCopy(w, List.of(), List.of())).title()).isEqualTo("Nato chief urges South Korea");
    }

    @Test
    void theTitleIsTheFirstHeadingOfAMarkdownBaseWithoutItsMarkup() throws Exception {
        String md = "Site name | News\n\nBy *Staff*\n\n## The **Chey** Institute speaks ##\n\nText.\n";
        Witness w = Loader.fromBytes("story.md", "story.md", md.getBytes(StandardCharsets.UTF_8));

        assertThat(model(oneCopy(w, List.of(), List.of())).title()).isEqualTo("The Chey Institute speaks");
    }

    @Test
    void aPlainTextLineStartingWithAHashIsNotAHeading() {
        Witness w = new Witness("a.txt", "a.txt", "First line\n# not a heading\n");

        assertThat(model(oneCopy(w, List.of(), List.of())).title()).isEqualTo("First line");
    }

    @Test
    void theDateIsShownInTheClocksZone() {
        Clock paris = Clock.fixed(Instant.parse("2026-01-30T09:15:42Z"), ZoneId.of("Europe/Paris"));

        ReportModel m = ReportModel.of(ReportFixtures.sentenced(), Review.NONE, paris);

        assertThat(m.dateText()).isEqualTo("2026-01-30 10:15 UTC+01:00");
        assertThat(m.isoDate()).isEqualTo("2026-01-30T10:15:42+01:00");
        assertThat(model(ReportFixtures.sentenced()).dateText()).isEqualTo("2026-01-30 09:15 UTC");
    }

    @Test
    void readingsKeepTheirOrderWithTheMajorityMarkedAndCopiesInIdOrder() {
        Comparison c = ReportFixtures.sentenced();
        Discrepancy d = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "x", "", "Chey",
                List.of(new Reading("Chey", List.of(new Location("B", 19, 23), new Location("A", 19, 23))),
                        new Reading("Choi", List.of(new Location("C", 19, 23)))));

        Item item = model(new Comparison(c.copies(), "A", List.of(d), List.of(), true)).items().get(0);

        assertThat(item.readings()).extracting(ItemReading::text).containsExactly("Chey", "Choi");
        assertThat(item.readings()).extracting(ItemReading::majority).containsExactly(true, false);
        assertThat(item.readings().get(0).copyIds()).containsExactly("A", "B");
        assertThat(item.readings().get(0).excerpts()).hasSize(1);
        assertThat(item.readings().get(0).excerpts().get(0).copyIds()).containsExactly("A", "B");
        assertThat(item.rank()).isEqualTo(1);
        assertThat(item.review()).isEmpty();
    }

    @Test
    void theExcerptIsTheSentenceAroundTheReadingOnOneLine() {
        String text = "First sentence here. The minister said\nthe   Chey Institute would\tstay. Last one.";
        int start = text.indexOf("Chey");
        int s2 = text.indexOf("The minister");
        int s2end = text.indexOf("stay.") + 5;
        Witness w = new Witness("a.txt", "a.txt", text);
        Discrepancy d = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "x", "", "Chey",
                List.of(new Reading("Chey", List.of(new Location("A", start, start + 4)))));

        Excerpt e = model(oneCopy(w, List.of(new TextRange(0, 20), new TextRange(s2, s2end),
                new TextRange(s2end + 1, text.length())), List.of(d))).items().get(0).readings().get(0).excerpts()
                .get(0);

        assertThat(e.before()).isEqualTo("The minister said the ");
        assertThat(e.marked()).isEqualTo("Chey");
        assertThat(e.after()).isEqualTo(" Institute would stay.");
        assertThat(e.sentence()).isEqualTo("The minister said the Chey Institute would stay.");
        assertThat(e.gap()).isFalse();
    }

    @Test
    void withoutSentenceRangesTheExcerptStopsAtSentenceEnds() {
        String text = "One. Two words Chey here. Three.";
        int start = text.indexOf("Chey");
        Witness w = new Witness("a.txt", "a.txt", text);
        Discrepancy d = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "x", "", "Chey",
                List.of(new Reading("Chey", List.of(new Location("A", start, start + 4)))));

        Excerpt e = model(oneCopy(w, List.of(), List.of(d))).items().get(0).readings().get(0).excerpts().get(0);

        assertThat(e.sentence()).isEqualTo("Two words Chey here.");
    }

    @Test
    void longSentencesAndLongReadingsAreCut() {
        String before = "word ".repeat(100);
        String reading = "long ".repeat(200).strip();
        String text = before + reading + " tail" + " more".repeat(100) + ".";
        int start = before.length();
        Witness w = new Witness("a.txt", "a.txt", text);
        Discrepancy d = new Discrepancy("D1", Kind.ADDITION, Severity.MEDIUM, "x", "", "",
                List.of(new Reading(reading, List.of(new Location("A", start, start + reading.length())))));

        ItemReading r = model(oneCopy(w, List.of(new TextRange(0, text.length())), List.of(d))).items().get(0)
                .readings().get(0);
        Excerpt e = r.excerpts().get(0);

        assertThat(e.before()).startsWith("\u2026").hasSizeLessThanOrEqualTo(ReportModel.MAX_CONTEXT);
        assertThat(e.after()).endsWith("\u2026").hasSizeLessThanOrEqualTo(ReportModel.MAX_CONTEXT);
        assertThat(e.marked()).contains(" \u2026 ").startsWith("long").endsWith("long")
                .hasSizeLessThanOrEqualTo(ReportModel.MAX_MARKED);
        assertThat(r.shown()).endsWith("\u2026").hasSizeLessThanOrEqualTo(ReportModel.MAX_READING);
        assertThat(r.text()).isEqualTo(reading);
    }

    @Test
    void markdownMarkupIsLeftOutOfExcerpts() throws Exception {
        String md = "The [Chey Institute](https://example.org/x) said **so** today.\n";
        Witness w = Loader.fromBytes("a.md", "a.md", md.getBytes(StandardCharsets.UTF_8));
        int start = md.indexOf("Chey");
        Discrepancy d = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "x", "", "Chey",
                List.of(new Reading("Chey", List.of(new Location("A", start, start + 4)))));

        Excerpt e = model(oneCopy(w, List.of(new TextRange(0, md.length() - 1)), List.of(d))).items().get(0)
                .readings().get(0).excerpts().get(0);

        assertThat(e.sentence()).isEqualTo("The Chey Institute said so today.");
    }

    @Test
    void summaryCountsAndTheCopiesThatDepartMost() {
        ReportModel m = model(ReportFixtures.sentenced());

        assertThat(m.summary().total()).isEqualTo(3);
        assertThat(m.summary().high()).isEqualTo(1);
        assertThat(m.summary().byKind()).extracting(ReportModel.KindCount::kind)
                .containsExactly(Kind.NAME, Kind.OMISSION, Kind.STYLE);
        assertThat(m.summary().deviating()).hasSize(1);
        assertThat(m.summary().deviating().get(0)).isEqualTo(new ReportModel.Deviation("C", "002.txt", 1, 1, 1, 1.0));
    }

    @Test
    void theReviewIsLookedUpPerDiscrepancy() {
        Review review = ReportFixtures.review(Map.of("D2", new ReviewEntry("confirmed error", "note\u0000")));

        List<Item> items = ReportModel.of(ReportFixtures.sentenced(), review, ReportFixtures.CLOCK).items();

        assertThat(items.get(0).review()).isEmpty();
        assertThat(items.get(1).review()).contains(new ReviewEntry("confirmed error", "note\uFFFD"));
    }

    @Test
    void anExcerptWhereACopyLacksThePassage() {
        ItemReading absent = model(ReportFixtures.sentenced()).items().get(1).readings().get(1);

        assertThat(absent.absent()).isTrue();
        Excerpt e = absent.excerpts().get(0);
        assertThat(e.gap()).isTrue();
        assertThat(e.before()).isEqualTo("Researchers at the Choi Institute ");
        assertThat(e.after()).startsWith("said on Monday");
        assertThat(e.sentence()).isEqualTo(Fixtures.TEXT_C);
    }
}
