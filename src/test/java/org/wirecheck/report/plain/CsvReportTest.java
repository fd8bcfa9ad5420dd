package org.wirecheck.report.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.report.Fixtures;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;

class CsvReportTest {

    private static String csv(Comparison c, Review r) {
        return CsvReport.render(ReportModel.of(c, r, ReportFixtures.CLOCK));
    }

    /** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes; fails on anything else. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean atFieldStart = true;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (atFieldStart && ch == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                atFieldStart = false;
                continue;
            }
            if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (ch == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR outside quotes at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atFieldStart = true;
                i += 2;
            } else if (ch == '\n') {
                throw new IllegalArgumentException("bare LF outside quotes at " + i);
            } else if (ch == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field at " + i);
            } else {
                field.append(ch);
                atFieldStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("last record not ended by CRLF");
        }
        return rows;
    }

    @Test
    void oneRowPerDiscrepancyAndReadingWithAHeader() {
        List<List<String>> rows = parse(csv(ReportFixtures.sentenced(), Review.NONE));

        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.get(0)).isEqualTo(CsvReport.COLUMNS);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvReport.COLUMNS.size()));
        assertThat(rows.get(1)).containsExactly("1", "D1", "NAME", "high", "Chey Institute / Choi Institute",
                "near-spellings of one proper noun", "Chey", "no", "yes", "2", "3", "A B", "000.txt; 001.txt",
                Fixtures.TEXT_A, "A:19-23 B:19-23", "", "", "");
        assertThat(rows.get(2).subList(6, 15)).containsExactly("Choi", "no", "no", "1", "3", "C", "002.txt",
                Fixtures.TEXT_C, "C:19-23");
        assertThat(rows.get(4).subList(6, 15)).containsExactly("", "yes", "no", "1", "3", "C", "002.txt",
                Fixtures.TEXT_C, "C:34-34");
        // "– Zürich": a dash that is not ASCII '-' is left alone
        assertThat(rows.get(6).get(6)).isEqualTo("\u2013 Z\u00fcrich");
    }

    @Test
    void formulaTriggersAreNeutralisedInEveryColumn() {
        List<List<String>> rows = parse(csv(ReportFixtures.hostile(), ReportFixtures.hostileReview()));

        for (List<String> row : rows) {
            for (String cell : row) {
                if (cell.isEmpty()) {
                    continue;
                }
                String trimmed = cell.stripLeading();
                assertThat("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(cell.charAt(0)))
                        .as("cell %s", cell).isNegative();
                assertThat(trimmed.isEmpty() || "=+-@".indexOf(trimmed.charAt(0)) < 0).as("cell %s", cell).isTrue();
            }
        }
        List<String> readings = rows.stream().skip(1).map(r -> r.get(6)).toList();
        assertThat(readings).contains("'" + ReportFixtures.FORMULA, "'" + ReportFixtures.PLUS,
                "'" + ReportFixtures.MINUS, "'" + ReportFixtures.AT, "'" + ReportFixtures.TAB,
                "'" + ReportFixtures.CR);
        // the copy names, the verdict and the note are neutralised too; the sentence keeps the text as it is
        assertThat(rows.get(1).get(12)).isEqualTo("'=evil" + ReportFixtures.SCRIPT + ".txt");
        assertThat(rows.get(1).get(15)).isEqualTo("'=confirmed " + ReportFixtures.SCRIPT);
        assertThat(rows.get(3).get(13)).isEqualTo("Formula " + ReportFixtures.FORMULA + " here.");
    }

    @Test
    void quotesCommasAndLineBreaksAreQuoted() {
        String text = csv(ReportFixtures.hostile(), ReportFixtures.hostileReview());
        List<List<String>> rows = parse(text);

        List<String> quoted = rows.stream().filter(r -> r.get(1).equals("D7")).findFirst().orElseThrow();
        assertThat(quoted.get(6)).isEqualTo(ReportFixtures.QUOTES); // a line break inside the cell survives
        assertThat(text).contains("\"He said \"\"yes\"\",\nthen \"\"no\"\"\"");
        List<String> reviewed = rows.get(1);
        assertThat(reviewed.get(16)).isEqualTo("note " + ReportFixtures.BREAKOUT + "\n" + ReportFixtures.PIPES + " "
                + ReportFixtures.FORMULA);
    }

    @Test
    void neutralise() {
        assertThat(CsvReport.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvReport.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvReport.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvReport.neutralise("@A1")).isEqualTo("'@A1");
        assertThat(CsvReport.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvReport.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvReport.neutralise("  =1")).isEqualTo("'  =1");
        assertThat(CsvReport.neutralise("\uFF1D1")).isEqualTo("'\uFF1D1");
        assertThat(CsvReport.neutralise("a=1")).isEqualTo("a=1");
        assertThat(CsvReport.neutralise("\u2013 dash")).isEqualTo("\u2013 dash");
        assertThat(CsvReport.neutralise("")).isEmpty();
        assertThat(CsvReport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.field("=x,y")).isEqualTo("\"'=x,y\"");
        assertThat(CsvReport.field("plain")).isEqualTo("plain");
    }

    @Test
    void utf8WithAnOptionalByteOrderMarkAndCrlf() {
        ReportModel m = ReportModel.of(ReportFixtures.sentenced(), Review.NONE, ReportFixtures.CLOCK);

        byte[] plain = CsvReport.bytes(m, false);
        byte[] bom = CsvReport.bytes(m, true);

        assertThat(plain[0]).isEqualTo((byte) 'r');
        assertThat(bom).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(bom.length).isEqualTo(plain.length + 3);
        String text = new String(plain, StandardCharsets.UTF_8);
        assertThat(text).contains("Z\u00fcrich").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void reviewColumns() {
        Review review = ReportFixtures.review(Map.of("D2", new ReviewEntry("confirmed error", "asked AP")));
        List<List<String>> rows = parse(csv(ReportFixtures.sentenced(), review));

        assertThat(rows.get(3).subList(15, 17)).containsExactly("confirmed error", "asked AP");
        assertThat(rows.get(4).subList(15, 17)).containsExactly("confirmed error", "asked AP");
        assertThat(rows.get(1).subList(15, 17)).containsExactly("", "");
    }
}
