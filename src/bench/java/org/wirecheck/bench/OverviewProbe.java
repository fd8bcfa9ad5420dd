package org.wirecheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.wirecheck.compare.Apparatus;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.CopyDrift;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Options;
import org.wirecheck.compare.Overview;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.ingest.Loader;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.Review;
import org.wirecheck.report.export.Exporter;
import org.wirecheck.report.export.ReportFormat;
import org.wirecheck.report.html.HtmlReport;
import org.wirecheck.text.Witness;

/**
 * The whole-story view on one corpus (issue 16): compares the copies once, then times, warm (median of 7 runs after
 * 3), {@link Overview#of}, a reordering, {@link StoryVersions#of} with every other copy given a publication time,
 * the apparatus of every discrepancy, and the TEI, matrix CSV, JSON and HTML exports. Run from a checkout:
 * {@code java -cp target/wirecheck-all.jar:target/bench-probe org.wirecheck.bench.OverviewProbe FOLDER}.
 */
public final class OverviewProbe {

    private OverviewProbe() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        List<Witness> copiesRead = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                copiesRead.add(Loader.load(p));
            }
        }
        Comparison c = Comparer.compare(copiesRead, Options.defaults());
        System.out.printf("%d copies, %d discrepancies; compared once in %.1f s%n", c.copies().size(),
                c.discrepancies().size(), (System.nanoTime() - t0) / 1e9);
        Map<String, Instant> times = new HashMap<>();
        List<Copy> copies = c.copies();
        for (int i = 0; i < copies.size(); i += 2) {
            times.put(copies.get(i).id(), Instant.parse("2026-12-07T04:00:00Z").plusSeconds(60L * i));
        }
        PublicationTimes published = PublicationTimes.published(times);
        ExportOptions opts = ExportOptions.defaults().withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .withTimes(published);
        Overview overview = Overview.of(c);
        time("Overview.of (cells " + overview.rows().size() * overview.columns().size() + ")", () -> Overview.of(c));
        time("  of which CopyDrift.all (the departure measure)", () -> CopyDrift.all(c));
        time("Overview.ordered (departure, ranking)",
                () -> overview.ordered(Overview.RowOrder.DEPARTURE, Overview.ColumnOrder.RANKING));
        time("StoryVersions.of (half the copies timed)", () -> StoryVersions.of(c, published));
        time("Apparatus.of, every discrepancy", () -> {
            List<String> out = new ArrayList<>();
            for (Discrepancy d : c.discrepancies()) {
                out.add(Apparatus.of(c, d).text());
            }
            return out;
        });
        for (ReportFormat f : List.of(ReportFormat.MATRIX_CSV, ReportFormat.TEI, ReportFormat.JSON,
                ReportFormat.HTML)) {
            byte[] bytes = Exporter.render(c, Review.NONE, f, opts);
            time(f + " export (" + bytes.length / 1024 + " KiB)", () -> {
                try {
                    return Exporter.render(c, Review.NONE, f, opts);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        time("HTML without the story sections (for comparison)", () -> HtmlReport.render(
                ReportModel.of(c, Review.NONE, opts.clock())));
        System.out.println(new String(Exporter.render(c, Review.NONE, ReportFormat.JSON, opts),
                StandardCharsets.UTF_8).contains("\"versions\"") ? "json has versions" : "json lacks versions");
    }

    private static void time(String what, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] ns = new long[7];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(ns);
        System.out.printf("%-52s median %8.1f ms (fastest %.1f, slowest %.1f)%n", what, ns[3] / 1e6, ns[0] / 1e6,
                ns[6] / 1e6);
    }
}
