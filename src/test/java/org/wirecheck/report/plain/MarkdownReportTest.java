package org.wirecheck.report.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.report.Fixtures;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;

class MarkdownReportTest {

    private static String md(Comparison c, Review r) {
        return MarkdownReport.render(ReportModel.of(c, r, ReportFixtures.CLOCK));
    }

    /** Pipes that a GFM table would take as column separators (not backslash-escaped). */
    private static int separators(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    /** Whether every occurrence of {@code ch} in {@code s} is backslash-escaped. */
    private static boolean allEscaped(String s, char ch) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ch && (i == 0 || s.charAt(i - 1) != '\\')) {
                return false;
            }
        }
        return true;
    }

    @Test
    void pipesInTheTextNeverAddTableColumns() {
        List<String> lines = md(ReportFixtures.hostile(), ReportFixtures.hostileReview()).lines().toList();

        int header = -1;
        for (String line : lines) {
            if (line.startsWith("| ")) {
                if (header < 0) {
                    header = separators(line);
                }
                assertThat(separators(line)).as(line).isEqualTo(header);
            } else {
                header = -1;
            }
        }
        assertThat(lines).anyMatch(l -> l.startsWith("| \\| a \\| b \\|"));
    }

    @Test
    void markupInTheTextIsEscaped() {
        String md = md(ReportFixtures.hostile(), ReportFixtures.hostileReview());

        // HTML: no tag can open
        assertThat(allEscaped(md, '<')).isTrue();
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>");
        // code spans, links and images cannot form
        assertThat(allEscaped(md, '`')).isTrue();
        assertThat(allEscaped(md, '[')).isTrue();
        assertThat(allEscaped(md, ']')).isTrue();
        assertThat(md).contains("\\[click\\](http://evil.example) \\!\\[x\\](http://evil.example/x.png)");
        assertThat(md).contains("\\`rm -rf /\\`");
        // the one heading-looking text is escaped wherever it appears
        for (String line : md.lines().toList()) {
            if (line.startsWith("#")) {
                assertThat(line).matches(
                        "(# \\\\# Not a heading .*|## [A-Z].*|### D\\d+ \u00b7 .*|### Facts that differ \\(\\d+\\))");
            }
            assertThat(line).doesNotStartWith("\\#").doesNotStartWith("=").doesNotStartWith("<");
        }
        assertThat(md).startsWith("# \\# Not a heading \\<script\\>");
        // table-breaking line feeds inside readings become spaces
        assertThat(md).contains("He said \"yes\", then \"no\"");
    }

    @Test
    void escapeFunction() {
        assertThat(MarkdownReport.text("a|b`c*d_e[f]g<h>i#j!k~l$m&n\\o"))
                .isEqualTo("a\\|b\\`c\\*d\\_e\\[f\\]g\\<h\\>i\\#j\\!k\\~l\\$m\\&n\\\\o");
        assertThat(MarkdownReport.text("two\nlines\r\n and\ttabs")).isEqualTo("two lines and tabs");
        assertThat(MarkdownReport.text("plain words, 3.5 - ok.")).isEqualTo("plain words, 3.5 - ok.");
        assertThat(MarkdownReport.text("bell\u0007")).isEqualTo("bell\uFFFD");
    }

    @Test
    void headingsTablesAndMarkedSentences() {
        Review review = ReportFixtures.review(Map.of("D1", new ReviewEntry("confirmed error", "asked AP\nto fix")));
        String md = md(ReportFixtures.sentenced(), review);

        assertThat(md).startsWith("# " + Fixtures.TEXT_A + "\n\nWirecheck discrepancy report"
                + " \u00b7 2026-01-30 09:15 UTC \u00b7 3 copies compared \u00b7 base A (000.txt) \u00b7 wirecheck ");
        assertThat(md).contains("> **Warning:** copy C differs much from the others\n");
        assertThat(md).contains("| Id | Name | Source | Words | Similarity to base | Reference |\n"
                + "|---|---|---|--:|--:|---|\n"
                + "| A | 000.txt | samples/000.txt | 15 | 100.0% | **base** |\n");
        assertThat(md).contains("**3** discrepancies: 1 high, 1 medium, 1 low.");
        assertThat(md).contains("| NAME | 1 |  |  | 1 |\n");
        assertThat(md).contains("### D1 \u00b7 NAME \u00b7 high \u00b7 Chey Institute / Choi Institute\n\n"
                + "*near-spellings of one proper noun*\n\n"
                + "| Reading | Copies | Count |\n|---|---|--:|\n"
                + "| Chey (majority) | A B | 2 of 3 |\n"
                + "| Choi | C | 1 of 3 |\n\n"
                + "- *A B*: Researchers at the **Chey** Institute in Seoul said on Monday the talks would go on.\n"
                + "- *C*: Researchers at the **Choi** Institute said on Monday the talks would go on"
                + " \u2013 Z\u00fcrich.\n\n"
                + "**Verdict:** confirmed error \u2014 asked AP to fix\n\n");
        assertThat(md).contains("| *(absent)* | C | 1 of 3 |");
        assertThat(md).contains("- *C*: Researchers at the Choi Institute \u2038said on Monday");
        assertThat(md.indexOf("### D1")).isLessThan(md.indexOf("### D2"));
        assertThat(md.indexOf("### D2")).isLessThan(md.indexOf("### D3"));
    }
}
