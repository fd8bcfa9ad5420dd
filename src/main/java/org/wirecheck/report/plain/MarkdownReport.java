package org.wirecheck.report.plain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Deviation;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.report.ReportModel.KindCount;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.ReportText;
import org.wirecheck.report.Review;
import org.wirecheck.text.Texts;

/**
 * The report in Markdown (CommonMark with GitHub-flavoured tables), in layers: the summary (headline, copies, the
 * review's verdicts, each fact that differs on one line), the counts, the facts in detail, the wording drift; per
 * discrepancy a table of readings followed by the sentences, the reading in bold.
 *
 * <p>Text from the copies is put on one line and every character with a meaning in Markdown or in the HTML that
 * Markdown hosts let through is backslash-escaped ({@code \ ` * _ [ ] < > | ~ $ & # !}), so a heading marker, a
 * link, a table pipe or a tag in an article shows as typed.
 */
public final class MarkdownReport implements ReportRenderer {

    /** Longest reading shown in a fact's one line. */
    private static final int LINE_READING = 60;

    /** Characters escaped wherever they appear in text from the copies. */
    private static final String SPECIAL = "\\`*_[]<>|~$&#!";

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        return render(ReportModel.of(comparison, review, options, true)).getBytes(StandardCharsets.UTF_8);
    }

    public static String render(ReportModel m) {
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("# ").append(text(m.title().isEmpty() ? "Wirecheck report" : m.title())).append("\n\n");
        sb.append("Wirecheck discrepancy report \u00b7 ").append(text(m.dateText())).append(" \u00b7 ")
                .append(m.copiesText());
        m.base().ifPresent(b -> sb.append(" \u00b7 base ").append(text(b.id())).append(" (").append(text(b.name()))
                .append(')'));
        sb.append(" \u00b7 ").append(text(m.tool())).append("\n\n**Covers:** ").append(text(m.scope().text()))
                .append("\n\n");
        for (String w : m.warnings()) {
            sb.append("> **Warning:** ").append(text(w)).append("\n\n");
        }

        sb.append("## Copies\n\n| Id | Name | Source | Words | Similarity to base | Reference |\n")
                .append("|---|---|---|--:|--:|---|\n");
        for (CopyInfo c : m.copies()) {
            sb.append("| ").append(text(c.id())).append(" | ").append(text(c.name())).append(" | ")
                    .append(text(c.source())).append(" | ").append(c.words()).append(" | ")
                    .append(ReportText.percent(c.similarity())).append(" | ")
                    .append(c.base() ? "**base**" : c.compared() ? "" : "set aside")
                    .append(" |\n");
        }
        sb.append('\n');
        for (CopyInfo c : m.copies()) {
            if (!c.evidence().isEmpty()) {
                sb.append("Evidence of ").append(text(c.id())).append(":\n\n");
                c.evidence().forEach(line -> sb.append("- ").append(text(line)).append('\n'));
                sb.append('\n');
            }
        }

        facts(m, sb);
        summary(m, sb);

        if (m.items().isEmpty()) {
            sb.append("## Discrepancies\n\nNo discrepancies found.\n\n");
        }
        details(m, "The facts in detail", m.keyItems(), sb);
        if (m.driftDetailed()) {
            details(m, "Wording drift", m.driftItems(), sb);
        }
        sb.append("---\n\nMade with ").append(text(m.tool())).append(" on ").append(text(m.dateText()))
                .append(". Each reading is shown in its sentence in every copy carrying it, the differing words in "
                        + "bold; ").append(ReportText.GAP).append(" marks where a copy lacks a passage. Character "
                        + "offsets of every reading are in the JSON report.\n");
        return sb.toString();
    }

    /** The verdicts counted, then each fact that differs on one line. */
    private static void facts(ReportModel m, StringBuilder sb) {
        sb.append("## What the review found\n\n**").append(m.verdicts().text()).append("** ").append(m.verdictsOf())
                .append("\n\n");
        List<Item> key = m.keyItems();
        if (key.isEmpty()) {
            sb.append("No facts differ.\n\n");
        } else {
            sb.append("### Facts that differ (").append(key.size()).append(")\n\n");
            for (Item d : key) {
                sb.append("- **").append(text(d.id())).append("** ").append(d.kind().name()).append(' ')
                        .append(text(d.whoSaysWhat(LINE_READING)));
                d.review().ifPresent(r -> sb.append(" \u2014 **").append(text(r.verdict())).append("**"));
                sb.append('\n');
            }
            sb.append('\n');
        }
        if (!m.driftText().isEmpty()) {
            sb.append(m.driftText()).append("\n\n");
        }
    }

    private static void details(ReportModel m, String title, List<Item> items, StringBuilder sb) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("## ").append(title).append("\n\n");
        for (Item d : items) {
            item(m, d, sb);
        }
    }

    private static void summary(ReportModel m, StringBuilder sb) {
        ReportModel.Summary s = m.summary();
        sb.append("## Counts\n\n**").append(s.total()).append("**")
                .append(s.total() == 1 ? " discrepancy" : " discrepancies");
        if (s.total() == 0) {
            sb.append(".\n\n");
            return;
        }
        sb.append(": ").append(s.high()).append(" high, ").append(s.medium()).append(" medium, ").append(s.low())
                .append(" low.\n\n| Kind | High | Medium | Low | Total |\n|---|--:|--:|--:|--:|\n");
        for (KindCount k : s.byKind()) {
            sb.append("| ").append(k.kind().name());
            for (Severity sev : Severity.values()) {
                sb.append(" | ").append(k.count(sev) == 0 ? "" : Integer.toString(k.count(sev)));
            }
            sb.append(" | ").append(k.total()).append(" |\n");
        }
        if (s.deviating().isEmpty()) {
            sb.append('\n');
            return;
        }
        sb.append("\nCopies that depart most from the others:\n\n| Copy | High | Medium | Low | Departs in |\n")
                .append("|---|--:|--:|--:|--:|\n");
        for (Deviation d : s.deviating()) {
            sb.append("| ").append(text(d.copyId())).append(' ').append(text(d.name())).append(" | ")
                    .append(d.high()).append(" | ").append(d.medium()).append(" | ").append(d.low()).append(" | ")
                    .append(ReportText.percent(d.share())).append(" |\n");
        }
        sb.append('\n').append(ReportModel.DEPARTURE).append("\n\n");
    }

    private static void item(ReportModel m, Item d, StringBuilder sb) {
        sb.append("### ").append(text(d.id())).append(" \u00b7 ").append(d.kind().name()).append(" \u00b7 ")
                .append(d.severity().label()).append(" \u00b7 ")
                .append(text(Texts.cut(Texts.oneLine(d.summary()), ReportModel.MAX_READING)))
                .append("\n\n");
        if (!d.why().isBlank()) {
            sb.append('*').append(text(Texts.oneLine(d.why()))).append("*\n\n");
        }
        sb.append("| Reading | Copies | Count |\n|---|---|--:|\n");
        for (ItemReading r : d.readings()) {
            sb.append("| ").append(r.absent() ? "*(absent)*" : text(r.shown()))
                    .append(r.majority() ? " (majority)" : "").append(" | ").append(ids(r.copyIds()))
                    .append(" | ").append(r.count()).append(" of ").append(m.comparedCount()).append(" |\n");
        }
        if (!d.lacking().isEmpty()) {
            sb.append("| *(lacking the passage)* | ").append(ids(d.lacking())).append(" | ").append(d.lacking().size())
                    .append(" of ").append(m.comparedCount()).append(" |\n");
        }
        sb.append('\n');
        for (ItemReading r : d.readings()) {
            for (Excerpt e : r.excerpts()) {
                sb.append("- *").append(ids(e.copyIds())).append("*: ");
                if (e.gap()) {
                    // not in bold: CommonMark would not take ** around a mark that touches a letter as emphasis
                    sb.append(text(e.before())).append(ReportText.GAP).append(text(e.after()));
                } else {
                    sb.append(text(e.before())).append("**").append(text(e.marked())).append("**")
                            .append(text(e.after()));
                }
                sb.append('\n');
            }
        }
        if (d.readings().stream().anyMatch(r -> !r.excerpts().isEmpty())) {
            sb.append('\n');
        }
        d.review().ifPresent(rv -> {
            sb.append("**Verdict:** ").append(text(Texts.oneLine(rv.verdict())));
            if (!rv.note().isBlank()) {
                sb.append(" \u2014 ").append(text(Texts.oneLine(rv.note())));
            }
            sb.append("\n\n");
        });
    }

    private static String ids(List<String> ids) {
        return text(String.join(" ", ids));
    }

    /**
     * Text from a copy, safe anywhere inline (paragraph, heading, table cell): one line, Markdown and HTML
     * characters backslash-escaped, control characters replaced by U+FFFD. Leading and trailing spaces are kept.
     */
    static String text(String s) {
        String line = Texts.collapse(ReportText.clean(s));
        StringBuilder sb = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (SPECIAL.indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
