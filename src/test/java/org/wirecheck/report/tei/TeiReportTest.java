package org.wirecheck.report.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Floods;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Options;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.Review;
import org.wirecheck.text.Witness;

/**
 * The TEI export: well-formed, parallel segmentation whose structure holds (see {@link TeiStructure}) on invented
 * copies, on the samples, and on texts with markup characters and Windows line ends. Validation against the TEI
 * all schema (RELAX NG) is not part of the build: the schema is not available offline here (decision 0023).
 */
class TeiReportTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 12, 7, 13, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void twoVersionsBecomeAppsWithEveryCopyOnceAndTheBaseTextExact() throws Exception {
        Comparison c = Floods.compare();
        String tei = TeiReport.render(c, "Floods", DATE);
        List<Element> apps = TeiStructure.check(tei, c);

        assertThat(apps).hasSize(c.discrepancies().size());
        assertThat(tei).contains("<rdg wit=\"#A #B #D #E\" n=\"a\" type=\"majority\">Oduya</rdg>"
                + "<rdg wit=\"#C\" n=\"b\">Odoya</rdg>");
        assertThat(tei).contains("<rdg wit=\"#A #B #C\" n=\"a\" type=\"majority\"/><rdg wit=\"#D #E\" n=\"b\">"
                + "evening</rdg>");
        assertThat(tei).contains("<title>Floods: collation of 5 copies</title>")
                .contains("<date when=\"2026-12-07T13:00:00Z\">2026-12-07</date>")
                .contains("<witness xml:id=\"A\">copy0.txt, the base text</witness>")
                .contains("8 of 8 discrepancies have an app of their own.");
    }

    @Test
    void aPassageACopyLacksHoldsTheDiscrepanciesInsideIt() throws Exception {
        String cut = Floods.FIRST.substring(0, Floods.FIRST.indexOf("\"We are"));
        Comparison c = Floods.compare(Floods.FIRST, Floods.FIRST, Floods.MISSPELT, cut);
        String tei = TeiReport.render(c, "", DATE);
        TeiStructure.check(tei, c);
        Discrepancy name = c.discrepancies().stream().filter(d -> d.summary().equals("Oduya / Odoya")).findFirst()
                .orElseThrow();
        // the passage D lacks is one app: A and B with Oduya, C with Odoya, D empty; the name needs no app of its own
        assertThat(tei).doesNotContain("<app n=\"" + name.id() + "\"")
                .contains("inside a wider app, whose readings hold their text: " + name.id())
                .containsPattern("<rdg wit=\"#A #B\" n=\"a\" type=\"majority\">We are[^<]*Oduya[^<]*</rdg>"
                        + "<rdg wit=\"#C\" n=\"a\" type=\"majority\">We are[^<]*Odoya[^<]*</rdg>"
                        + "<rdg wit=\"#D\" n=\"b\"/>")
                .contains("<title>Story: collation");
    }

    @Test
    void theSamplesKeepEveryRuleOfParallelSegmentation() throws Exception {
        List<Witness> samples = new ArrayList<>();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(new Witness(p.getFileName().toString(), p.toString(), Files.readString(p)));
            }
        }
        Comparison c = Comparer.compare(samples, Options.defaults());
        String tei = new String(new TeiReport().render(c, Review.NONE, ExportOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-12-07T13:00:00Z"), ZoneOffset.UTC))),
                StandardCharsets.UTF_8);
        List<Element> apps = TeiStructure.check(tei, c);
        assertThat(apps.size()).isGreaterThan(50);
        assertThat(tei).contains("inside a wider app, whose readings hold their text");
    }

    @Test
    void markupCharactersAndWindowsLineEndsComeBackExactly() throws Exception {
        String a = "Mayor <b>Ilse</b> & co said \"no\".\r\nThe port opens in March.\r\n";
        String b = "Mayor <b>Ilsa</b> & co said \"no\".\r\nThe port opens in March.\r\n";
        Comparison c = Comparer.compare(List.of(new Witness("a.txt", "a.txt", a), new Witness("b.txt", "b.txt", b),
                new Witness("c.txt", "c.txt", a)), Options.defaults());
        String tei = TeiReport.render(c, "<Port> & \"co\"", DATE);
        TeiStructure.check(tei, c);
        assertThat(tei).contains("&lt;b&gt;").contains("&amp; co").contains("&#13;\n")
                .contains("<title>&lt;Port&gt; &amp; &quot;co&quot;: collation");
        assertThat(Xml.text("a\u0001b\uD800c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(Xml.text("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void overlappingDiscrepanciesAndThoseOutsideTheBaseAreLeftOutAndNamed() throws Exception {
        String text = "one two three four five";
        List<Copy> copies = List.of(copy("A", text, true), copy("B", text, false), copy("C", text, false));
        Discrepancy wide = new Discrepancy("D1", Kind.WORDING, Severity.HIGH, "two three / x", "", "two three",
                List.of(reading("two three", "A", 4, 13, "B", 4, 13), reading("x", "C", 4, 13)));
        Discrepancy inside = new Discrepancy("D2", Kind.STYLE, Severity.LOW, "three / Three", "", "three",
                List.of(reading("three", "A", 8, 13, "B", 8, 13), reading("Three", "C", 8, 13)));
        Discrepancy elsewhere = new Discrepancy("D3", Kind.NAME, Severity.HIGH, "five / fife", "", "five",
                List.of(reading("five", "B", 19, 23), reading("fife", "C", 19, 23)));
        Discrepancy point = new Discrepancy("D4", Kind.ADDITION, Severity.MEDIUM, "(absent) / six", "", "",
                List.of(reading("", "A", 23, 23, "B", 23, 23), reading(" six", "C", 10, 13)));
        Discrepancy notC = new Discrepancy("D5", Kind.NAME, Severity.HIGH, "five / fife", "", "five",
                List.of(reading("five", "A", 19, 23), reading("fife", "B", 19, 23)));
        Comparison c = new Comparison(copies, "A", List.of(wide, inside, elsewhere, point, notC), List.of(), true);
        Apps apps = new Apps(c);

        assertThat(apps.taken()).extracting(app -> app.discrepancy().id()).containsExactly("D1", "D5");
        assertThat(apps.inside()).containsExactly("D2");
        assertThat(apps.overlapping()).containsExactly("D4");
        assertThat(apps.outsideBase()).containsExactly("D3");
        String tei = TeiReport.render(c, "t", DATE);
        assertThat(tei).contains("<rdg wit=\"#C\" type=\"lacking\"/>");
        assertThat(tei).contains("2 of 5 discrepancies have an app of their own; inside a wider app, whose readings "
                + "hold their text: D2; left out because they overlap an app in part: D4; left out because the base "
                + "copy takes no part: D3.");
        // D2's readings are in D1's: C's "x" stands for its whole span
        assertThat(tei).contains("<app n=\"D1\" type=\"WORDING\"><rdg wit=\"#A #B\" n=\"a\" type=\"majority\">two "
                + "three</rdg><rdg wit=\"#C\" n=\"b\">two three</rdg></app>");
    }

    private static Copy copy(String id, String text, boolean base) {
        return new Copy(id, new Witness(id + ".txt", id + ".txt", text), 5, 1, base, 1);
    }

    private static Reading reading(String text, Object... at) {
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < at.length; i += 3) {
            locations.add(new Location((String) at[i], (Integer) at[i + 1], (Integer) at[i + 2]));
        }
        return new Reading(text, locations);
    }

    @Test
    void theTitleIsTheBaseCopysFirstLine() {
        assertThat(TeiReport.firstLine("\n\n## Floods kill 128  \nThe toll")).isEqualTo("Floods kill 128");
        assertThat(TeiReport.firstLine(" \n")).isEmpty();
        assertThat(TeiReport.firstLine("x".repeat(300))).hasSize(200).endsWith("…");
    }
}
