package org.wirecheck.report.plain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Location;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.ReportText;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.text.Texts;

/**
 * The report as a table for spreadsheets: RFC 4180 CSV (comma separated, CRLF line ends, fields holding a comma,
 * a double quote or a line break quoted, quotes doubled), UTF-8, optionally with a byte order mark. One header row,
 * then one row per discrepancy and reading, most important discrepancy first, majority reading first, for the
 * discrepancies the report's scope covers; {@code total} counts the compared copies and {@code lacking} names those
 * that lack the passage.
 *
 * <p>Spreadsheet programs evaluate a cell that starts with {@code = + - @} (and some also after a tab or a carriage
 * return) as a formula, which an article could use to run a command or leak data (CSV injection). Any such cell,
 * also after leading spaces and in its full-width forms, is prefixed with an apostrophe, which spreadsheets show as
 * text; a reading {@code "-5"} therefore appears as {@code '-5}. The reading's exact text is in the JSON report.
 */
public final class CsvReport implements ReportRenderer {

    /** The header row. */
    static final List<String> COLUMNS = List.of("rank", "id", "kind", "severity", "summary", "why", "reading",
            "absent", "majority", "count", "total", "copies", "copy_names", "sentence", "locations", "verdict",
            "note", "lacking");

    /** Excel's limit on the characters in one cell; longer texts are cut. */
    static final int MAX_CELL = 32_000;

    private static final String CRLF = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        return bytes(ReportModel.of(comparison, review, options, true), options.csvBom());
    }

    /** The table as text (without a byte order mark). */
    public static String render(ReportModel m) {
        StringBuilder sb = new StringBuilder(32 * 1024);
        row(COLUMNS, sb);
        for (Item d : m.driftDetailed() ? m.items() : m.keyItems()) {
            for (ItemReading r : d.readings()) {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                cells.add(Integer.toString(d.rank()));
                cells.add(d.id());
                cells.add(d.kind().name());
                cells.add(d.severity().label());
                cells.add(Texts.oneLine(d.summary()));
                cells.add(Texts.oneLine(d.why()));
                cells.add(r.text());
                cells.add(r.absent() ? "yes" : "no");
                cells.add(r.majority() ? "yes" : "no");
                cells.add(Integer.toString(r.count()));
                cells.add(Integer.toString(m.comparedCount()));
                cells.add(String.join(" ", r.copyIds()));
                cells.add(names(m, r.copyIds()));
                cells.add(sentences(r));
                cells.add(locations(r));
                cells.add(d.review().map(ReviewEntry::verdict).orElse(""));
                cells.add(d.review().map(ReviewEntry::note).orElse(""));
                cells.add(String.join(" ", d.lacking()));
                row(cells, sb);
            }
        }
        return sb.toString();
    }

    /** The table as UTF-8 bytes, with a byte order mark first when asked. */
    public static byte[] bytes(ReportModel m, boolean bom) {
        byte[] text = render(m).getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static String names(ReportModel m, List<String> ids) {
        StringJoiner j = new StringJoiner("; ");
        for (String id : ids) {
            j.add(m.copies().stream().filter(c -> c.id().equals(id)).map(CopyInfo::name).findFirst().orElse(id));
        }
        return j.toString();
    }

    /** The plain sentence; when the copies' sentences differ, one line per sentence, each after its copies' ids. */
    private static String sentences(ItemReading r) {
        if (r.excerpts().size() == 1) {
            return r.excerpts().get(0).sentence();
        }
        StringJoiner j = new StringJoiner("\n");
        for (Excerpt e : r.excerpts()) {
            j.add("[" + String.join(" ", e.copyIds()) + "] " + e.sentence());
        }
        return j.toString();
    }

    /** {@code "B:1834-1838 D:1290-1294"}. */
    private static String locations(ItemReading r) {
        StringJoiner j = new StringJoiner(" ");
        for (Location l : r.locations()) {
            j.add(l.witnessId() + ":" + l.start() + "-" + l.end());
        }
        return j.toString();
    }

    static void row(List<String> cells, StringBuilder sb) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(cells.get(i)));
        }
        sb.append(CRLF);
    }

    /** One field: cleaned, cut to {@value #MAX_CELL} characters, neutralised, quoted when needed. */
    static String field(String value) {
        String v = neutralise(Texts.cut(ReportText.clean(value), MAX_CELL));
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char ch = v.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * The value with an apostrophe in front when a spreadsheet could take it for a formula: it starts with a tab or
     * a carriage return, or its first character other than spaces is {@code = + - @} or their full-width forms.
     */
    static String neutralise(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char first = v.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return "'" + v;
        }
        int i = 0;
        while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\u00a0' || v.charAt(i) == '\u3000')) {
            i++;
        }
        if (i < v.length() && isTrigger(v.charAt(i))) {
            return "'" + v;
        }
        return v;
    }

    private static boolean isTrigger(char ch) {
        return switch (ch) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
