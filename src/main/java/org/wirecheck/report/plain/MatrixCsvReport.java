package org.wirecheck.report.plain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Overview;
import org.wirecheck.compare.Overview.Column;
import org.wirecheck.compare.Overview.Row;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.Review;
import org.wirecheck.report.ScopedComparison;
import org.wirecheck.text.Texts;

/**
 * The overview matrix ({@link Overview}) as CSV, written like {@link CsvReport} (RFC 4180, UTF-8, CRLF, cells a
 * spreadsheet could take for a formula neutralised, optional byte order mark): one row per copy, grouped by version
 * and the copy that departs most first; one column per discrepancy in story order, headed by its id, kind, severity
 * and readings ({@code "D3 NAME high | a Chey | b Choi"}). Each cell is the copy's cue: {@code ·} the majority's
 * reading, a letter for another reading ({@code b}), the letter and {@code ?} where no reading has a majority,
 * {@code ∅} where the copy lacks the words, empty where it takes no part.
 */
public final class MatrixCsvReport implements ReportRenderer {

    /** The columns before the discrepancies. */
    static final List<String> COPY_COLUMNS = List.of("copy", "name", "family", "departure", "departs");
    /** Readings named in a column's head; more are counted. */
    static final int MAX_HEAD_READINGS = 5;
    /** Longest reading in a column's head. */
    static final int MAX_HEAD_READING = 40;

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        String csv = render(ScopedComparison.of(comparison, review, options, true));
        return options.csvBom() ? ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)
                : csv.getBytes(StandardCharsets.UTF_8);
    }

    /** The table as text (without a byte order mark). */
    public static String render(Comparison comparison) {
        Overview o = Overview.of(comparison);
        StringBuilder sb = new StringBuilder(64 * 1024);
        List<String> head = new ArrayList<>(COPY_COLUMNS);
        for (Column c : o.columns()) {
            head.add(head(c.discrepancy()));
        }
        CsvReport.row(head, sb);
        for (int r = 0; r < o.rows().size(); r++) {
            Row row = o.rows().get(r);
            List<String> cells = new ArrayList<>(head.size());
            cells.add(row.copyId());
            cells.add(comparison.copy(row.copyId()).map(c -> c.witness().name()).orElse(""));
            cells.add(Integer.toString(row.family()));
            cells.add(String.format(Locale.ROOT, "%.1f", row.departure()));
            cells.add(Integer.toString(row.departs()));
            for (int c = 0; c < o.columns().size(); c++) {
                cells.add(o.cue(r, c));
            }
            CsvReport.row(cells, sb);
        }
        return sb.toString();
    }

    /** {@code "D3 NAME high | a Chey | b Choi"}. */
    static String head(Discrepancy d) {
        StringBuilder b = new StringBuilder(d.id()).append(' ').append(d.kind()).append(' ')
                .append(d.severity().label());
        List<Reading> readings = d.readings();
        for (int i = 0; i < Math.min(MAX_HEAD_READINGS, readings.size()); i++) {
            String text = readings.get(i).isEmpty() ? "∅" : Texts.cut(Texts.oneLine(
                    readings.get(i).text()), MAX_HEAD_READING);
            b.append(" | ").append(Overview.letter(i)).append(' ').append(text);
        }
        if (readings.size() > MAX_HEAD_READINGS) {
            b.append(" | ").append(readings.size() - MAX_HEAD_READINGS).append(" more");
        }
        return b.toString();
    }
}
