package org.wirecheck.report.pdf;

import static org.wirecheck.report.pdf.PdfStyle.BASE;
import static org.wirecheck.report.pdf.PdfStyle.BODY;
import static org.wirecheck.report.pdf.PdfStyle.HIGH;
import static org.wirecheck.report.pdf.PdfStyle.INK;
import static org.wirecheck.report.pdf.PdfStyle.LINE;
import static org.wirecheck.report.pdf.PdfStyle.MUTED;
import static org.wirecheck.report.pdf.PdfStyle.SMALL;
import static org.wirecheck.report.pdf.PdfStyle.SOFT;
import static org.wirecheck.report.pdf.PdfStyle.head;
import static org.wirecheck.report.pdf.PdfStyle.headRight;
import static org.wirecheck.report.pdf.PdfStyle.number;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wirecheck.classify.Severity;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Deviation;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.KindCount;
import org.wirecheck.report.ReportLegend;
import org.wirecheck.report.ReportText;
import org.wirecheck.report.pdf.PdfCanvas.Cell;
import org.wirecheck.report.pdf.PdfCanvas.Span;
import org.wirecheck.text.Texts;

/**
 * The PDF report's first layer, for an editor who reads nothing else: the headline, what was compared, the
 * review's verdicts counted and each fact that differs on one line; then the counts by kind and the copies that
 * depart most.
 */
final class PdfSummary {

    /** Longest reading shown in a fact's one line. */
    private static final int LINE_READING = 60;

    private PdfSummary() {
    }

    static void header(ReportModel m, PdfCanvas c, boolean uncovered) throws IOException {
        c.paragraph(List.of(Span.bold("WIRECHECK DISCREPANCY REPORT", MUTED)), 7.5f, 0);
        c.space(3);
        c.paragraph(List.of(Span.bold(m.title(), INK)), 18, 0);
        c.space(2);
        StringBuilder meta = new StringBuilder(m.dateText()).append(" \u00b7 ").append(m.copiesText());
        m.base().ifPresent(b -> meta.append(" \u00b7 base ").append(b.id()).append(" (").append(b.name()).append(')'));
        meta.append(" \u00b7 ").append(m.tool());
        c.paragraph(List.of(Span.plain(meta.toString(), MUTED)), 9, 0);
        c.paragraph(List.of(Span.bold("Covers: ", INK), Span.plain(m.scope().text(), INK)), 9, 0);
        if (uncovered) {
            c.space(4);
            c.paragraph(List.of(Span.plain("Some characters of the copies are not covered by the fonts found and "
                    + "are shown as a replacement mark; see \"About this report\" at the end.", HIGH)), SMALL, 0);
        }
        for (String w : m.warnings()) {
            c.space(6);
            c.paragraph(List.of(Span.bold("Warning: ", HIGH), Span.plain(Texts.oneLine(w), INK)), BODY, 0);
        }
    }

    static void copies(ReportModel m, PdfCanvas c) throws IOException {
        PdfStyle.heading(c, "Copies");
        float w = c.width();
        float[] widths = {24, 0, 0, 40, 58, 60};
        float rest = w - (widths[0] + widths[3] + widths[4] + widths[5]);
        widths[1] = rest * 0.45f;
        widths[2] = rest * 0.55f;
        List<Cell> header = List.of(head("Id"), head("Name"), head("Source"), headRight("Words"),
                headRight("Similarity"), head("Reference"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CopyInfo ci : m.copies()) {
            List<Span> role = ci.base() ? List.of(Span.bold("base", BASE))
                    : ci.compared() ? List.of() : List.of(Span.plain("set aside", HIGH));
            rows.add(List.of(
                    new Cell(List.of(Span.bold(ci.id(), INK)), false),
                    new Cell(List.of(Span.plain(ci.name(), INK)), false),
                    new Cell(List.of(Span.plain(ci.source(), MUTED)), false),
                    new Cell(List.of(Span.plain(Integer.toString(ci.words()), INK)), true),
                    new Cell(List.of(Span.plain(ReportText.percent(ci.similarity()), INK)), true),
                    new Cell(role, false)));
        }
        c.table(widths, header, rows, SMALL + 0.5f, SOFT, LINE);
        for (CopyInfo ci : m.copies()) {
            if (!ci.evidence().isEmpty()) {
                c.paragraph(List.of(Span.bold("Evidence of " + ci.id(), INK)), SMALL, 0);
                for (String line : ci.evidence()) {
                    c.paragraph(List.of(Span.plain(line, MUTED)), SMALL, 0);
                }
            }
        }
    }

    /** The verdicts counted, then each fact that differs on one line. */
    static void facts(ReportModel m, PdfCanvas c) throws IOException {
        PdfStyle.heading(c, "What the review found");
        c.paragraph(List.of(Span.bold(m.verdicts().text(), INK),
                Span.plain("  " + m.verdictsOf(), MUTED)), 10, 0);
        List<Item> key = m.keyItems();
        c.space(8);
        c.paragraph(List.of(Span.bold(key.isEmpty() ? "No facts differ." : "Facts that differ ("
                + key.size() + ")", INK)), BODY, 0);
        c.space(2);
        for (Item d : key) {
            List<Span> line = new ArrayList<>();
            line.add(Span.bold(d.id() + " ", INK));
            line.add(Span.bold(d.kind().name() + "  ", MUTED));
            line.add(Span.plain(d.whoSaysWhat(LINE_READING), INK));
            d.review().ifPresent(r -> line.add(Span.bold("  \u2014 " + r.verdict(), PdfStyle.verdict(r.outcome()))));
            c.paragraph(line, SMALL, 8);
            c.space(1.5f);
        }
        if (!m.driftText().isEmpty()) {
            c.space(4);
            c.paragraph(List.of(Span.plain(m.driftText(), MUTED)), SMALL, 0);
        }
    }

    static void counts(ReportModel m, PdfCanvas c) throws IOException {
        ReportModel.Summary s = m.summary();
        if (s.total() == 0) {
            return;
        }
        PdfStyle.heading(c, "Counts");
        List<Span> totals = new ArrayList<>();
        totals.add(Span.bold(Texts.plural(s.total(), "discrepancy", "discrepancies"), INK));
        totals.add(Span.plain(":  ", INK));
        for (Severity sev : Severity.values()) {
            totals.add(PdfStyle.badge(s.count(sev) + "\u00a0" + sev.label(), sev));
            totals.add(Span.plain("  ", INK));
        }
        c.paragraph(totals, 10, 0);
        c.space(8);
        c.ensure(80);
        c.paragraph(List.of(Span.bold("By kind", INK)), BODY, 0);
        c.space(2);
        List<List<Cell>> rows = new ArrayList<>();
        for (KindCount k : s.byKind()) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(List.of(Span.plain(k.kind().name(), INK)), false));
            for (Severity sev : Severity.values()) {
                row.add(number(k.count(sev)));
            }
            row.add(new Cell(List.of(Span.bold(Integer.toString(k.total()), INK)), true));
            rows.add(row);
        }
        c.table(new float[] {110, 50, 50, 50, 50}, List.of(head("Kind"), headRight("High"), headRight("Medium"),
                headRight("Low"), headRight("Total")), rows, SMALL + 0.5f, SOFT, LINE);
        if (s.deviating().isEmpty()) {
            return;
        }
        c.space(10);
        c.ensure(80);
        c.paragraph(List.of(Span.bold("Copies that depart most from the others", INK)), BODY, 0);
        c.paragraph(List.of(Span.plain(ReportModel.DEPARTURE, MUTED)), SMALL, 0);
        c.space(2);
        rows = new ArrayList<>();
        for (Deviation d : s.deviating()) {
            rows.add(List.of(
                    new Cell(List.of(Span.bold(d.copyId() + " ", INK), Span.plain(d.name(), INK)), false),
                    number(d.high()), number(d.medium()), number(d.low()),
                    new Cell(List.of(Span.bold(ReportText.percent(d.share()), INK)), true)));
        }
        c.table(new float[] {c.width() - 230, 50, 50, 50, 80}, List.of(head("Copy"), headRight("High"),
                headRight("Medium"), headRight("Low"), headRight("Departs in")), rows, SMALL + 0.5f, SOFT, LINE);
    }

    /** "How to read this report": the severities as badges, how readings are shown, and each kind, in brief. */
    static void legend(PdfCanvas c) throws IOException {
        c.space(10);
        c.ensure(120);
        PdfStyle.heading(c, "How to read this report");
        for (Severity sev : Severity.values()) {
            c.paragraph(List.of(PdfStyle.badge(sev.label(), sev), Span.plain("  " + ReportLegend.severity(sev), INK)),
                    SMALL, 0);
            c.space(1.5f);
        }
        for (ReportLegend.Entry e : ReportLegend.readings()) {
            c.paragraph(List.of(Span.bold(e.term() + "  ", INK), Span.plain(e.meaning(), MUTED)), SMALL, 0);
            c.space(1.5f);
        }
        List<Span> kinds = new ArrayList<>();
        for (ReportLegend.Entry e : ReportLegend.kinds()) {
            kinds.add(Span.bold(e.term() + " ", INK));
            kinds.add(Span.plain(e.meaning() + ".  ", MUTED));
        }
        c.space(2);
        c.paragraph(kinds, SMALL, 0);
    }
}
