package org.wirecheck.report.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
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
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.report.pdf.PdfCanvas.Cell;
import org.wirecheck.report.pdf.PdfCanvas.Span;

/**
 * The report as a PDF (A4, Apache PDFBox): the same content as the HTML report, fonts embedded as subsets (see
 * {@link PdfFonts} for how they are chosen). The differing words of each sentence are set in bold on a yellow
 * highlight. Characters that no available font covers are replaced by U+FFFD (or {@code ?}), counted, and listed
 * by code point at the end of the report, with a hint on how to supply a font.
 *
 * <p>PDFBox does not shape text: scripts that need shaping (Arabic, Indic scripts) are drawn letter by letter, and
 * right-to-left text keeps its logical order. The HTML report shows them properly.
 */
public final class PdfReport implements ReportRenderer {

    private static final Color INK = new Color(0x1d, 0x1d, 0x1f);
    private static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    private static final Color HIGH = new Color(0xb3, 0x26, 0x1e);
    private static final Color MEDIUM = new Color(0x8a, 0x53, 0x00);
    private static final Color LOW = new Color(0x5f, 0x63, 0x68);
    private static final Color MARK = new Color(0xff, 0xe2, 0x7a);
    private static final Color GAP = new Color(0xfb, 0xd3, 0xd0);
    private static final Color SOFT = new Color(0xf0, 0xf1, 0xf4);
    private static final Color LINE = new Color(0xd9, 0xdc, 0xe1);
    private static final Color REVIEW = new Color(0x1e, 0x6b, 0x34);
    private static final Color MAJORITY = new Color(0x7a, 0x9c, 0xc6);

    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        return render(ReportModel.of(comparison, review, options.clock()), options.fonts(), options.systemFonts());
    }

    /** A PDF made, with what it took. */
    record Rendered(byte[] pdf, int pages, Map<Integer, Integer> missing, List<String> fonts) {

        /** How many characters were replaced because no font covers them. */
        int replaced() {
            return missing.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The PDF's bytes. */
    public static byte[] render(ReportModel m, List<Path> fonts, boolean systemFonts) throws IOException {
        return renderDetailed(m, fonts, systemFonts).pdf();
    }

    static Rendered renderDetailed(ReportModel m, List<Path> userFonts, boolean systemFonts) throws IOException {
        try (PDDocument doc = new PDDocument();
             PdfFonts fonts = new PdfFonts(doc, userFonts, systemFonts, sample(m))) {
            List<Integer> uncovered = uncovered(m, fonts);
            PdfCanvas c = new PdfCanvas(doc, fonts);
            c.newPage();
            header(m, c, !uncovered.isEmpty());
            copies(m, c);
            summary(m, c);
            discrepancies(m, c);
            about(m, c, fonts);
            c.finish("Wirecheck discrepancy report \u00b7 " + m.dateText(), 7.5f, MUTED);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(m.title().isEmpty() ? "Wirecheck report" : m.title());
            info.setSubject("Discrepancies between copies of a news story");
            info.setCreator(m.tool());
            info.setProducer(m.tool() + " (Apache PDFBox)");
            info.setCreationDate(GregorianCalendar.from(m.date()));
            doc.getDocumentCatalog().setLanguage("en");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Rendered(out.toByteArray(), doc.getNumberOfPages(), Map.copyOf(fonts.missing()),
                    fonts.used());
        }
    }

    private static void header(ReportModel m, PdfCanvas c, boolean uncovered) throws IOException {
        c.paragraph(List.of(Span.bold("WIRECHECK DISCREPANCY REPORT", MUTED)), 7.5f, 0);
        c.space(3);
        c.paragraph(List.of(Span.bold(m.title(), INK)), 18, 0);
        c.space(2);
        StringBuilder meta = new StringBuilder(m.dateText()).append(" \u00b7 ").append(m.copies().size())
                .append(m.copies().size() == 1 ? " copy" : " copies").append(" compared");
        m.base().ifPresent(b -> meta.append(" \u00b7 base ").append(b.id()).append(" (").append(b.name()).append(')'));
        meta.append(" \u00b7 ").append(m.tool());
        c.paragraph(List.of(Span.plain(meta.toString(), MUTED)), 9, 0);
        if (uncovered) {
            c.space(4);
            c.paragraph(List.of(Span.plain("Some characters of the copies are not covered by the fonts found and "
                    + "are shown as a replacement mark; see \"About this report\" at the end.", HIGH)), SMALL, 0);
        }
        for (String w : m.warnings()) {
            c.space(6);
            c.paragraph(List.of(Span.bold("Warning: ", HIGH), Span.plain(ReportText.oneLine(w), INK)), BODY, 0);
        }
    }

    private static void heading(PdfCanvas c, String text) throws IOException {
        c.space(14);
        c.ensure(13 * PdfCanvas.LEADING + 60);
        c.paragraph(List.of(Span.bold(text, INK)), 13, 0);
        c.rule(INK, 1.2f);
        c.space(6);
    }

    private static void copies(ReportModel m, PdfCanvas c) throws IOException {
        heading(c, "Copies compared");
        float w = c.width();
        float[] widths = {24, 0, 0, 40, 58, 60};
        float rest = w - (widths[0] + widths[3] + widths[4] + widths[5]);
        widths[1] = rest * 0.45f;
        widths[2] = rest * 0.55f;
        List<Cell> header = List.of(head("Id"), head("Name"), head("Source"), headRight("Words"),
                headRight("Similarity"), head("Reference"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CopyInfo ci : m.copies()) {
            rows.add(List.of(
                    new Cell(List.of(Span.bold(ci.id(), INK)), false),
                    new Cell(List.of(Span.plain(ci.name(), INK)), false),
                    new Cell(List.of(Span.plain(ci.source(), MUTED)), false),
                    new Cell(List.of(Span.plain(Integer.toString(ci.words()), INK)), true),
                    new Cell(List.of(Span.plain(ReportText.percent(ci.similarity()), INK)), true),
                    new Cell(ci.base() ? List.of(Span.bold("base", new Color(0x1a, 0x4f, 0x9c))) : List.of(),
                            false)));
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

    private static void summary(ReportModel m, PdfCanvas c) throws IOException {
        heading(c, "Summary");
        ReportModel.Summary s = m.summary();
        List<Span> totals = new ArrayList<>();
        totals.add(Span.bold(Integer.toString(s.total()), INK));
        totals.add(Span.plain(s.total() == 1 ? " discrepancy" : " discrepancies", INK));
        if (s.total() > 0) {
            totals.add(Span.plain(":  ", INK));
            for (Severity sev : Severity.values()) {
                totals.add(badge(s.count(sev) + "\u00a0" + sev.label(), sev));
                totals.add(Span.plain("  ", INK));
            }
        }
        c.paragraph(totals, 10, 0);
        if (s.total() == 0) {
            return;
        }
        c.space(8);
        c.ensure(80);
        c.paragraph(List.of(Span.bold("By kind", INK)), BODY, 0);
        c.space(2);
        float[] kw = {110, 50, 50, 50, 50};
        List<List<Cell>> rows = new ArrayList<>();
        for (KindCount k : s.byKind()) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(List.of(Span.plain(k.kind().name(), INK)), false));
            for (Severity sev : Severity.values()) {
                row.add(new Cell(List.of(Span.plain(k.count(sev) == 0 ? "" : Integer.toString(k.count(sev)), INK)),
                        true));
            }
            row.add(new Cell(List.of(Span.bold(Integer.toString(k.total()), INK)), true));
            rows.add(row);
        }
        c.table(kw, List.of(head("Kind"), headRight("High"), headRight("Medium"), headRight("Low"),
                headRight("Total")), rows, SMALL + 0.5f, SOFT, LINE);

        c.space(10);
        c.ensure(80);
        c.paragraph(List.of(Span.bold("Copies that depart most from the majority", INK)), BODY, 0);
        c.space(2);
        float[] dw = {c.width() - 200, 50, 50, 50, 50};
        rows = new ArrayList<>();
        for (Deviation d : s.deviating()) {
            rows.add(List.of(
                    new Cell(List.of(Span.bold(d.copyId() + " ", INK), Span.plain(d.name(), INK)), false),
                    new Cell(List.of(Span.plain(Integer.toString(d.high()), INK)), true),
                    new Cell(List.of(Span.plain(Integer.toString(d.medium()), INK)), true),
                    new Cell(List.of(Span.plain(Integer.toString(d.low()), INK)), true),
                    new Cell(List.of(Span.bold(Integer.toString(d.total()), INK)), true)));
        }
        c.table(dw, List.of(head("Copy"), headRight("High"), headRight("Medium"), headRight("Low"),
                headRight("Total")), rows, SMALL + 0.5f, SOFT, LINE);
    }

    private static void discrepancies(ReportModel m, PdfCanvas c) throws IOException {
        heading(c, "Discrepancies, most important first");
        if (m.items().isEmpty()) {
            c.paragraph(List.of(Span.plain("No discrepancies found.", INK)), BODY, 0);
        }
        boolean first = true;
        for (Item d : m.items()) {
            item(m, d, c, first);
            first = false;
        }
    }

    private static void item(ReportModel m, Item d, PdfCanvas c, boolean first) throws IOException {
        List<Span> head = List.of(Span.bold(d.id(), INK), Span.plain("  ", INK), Span.bold(d.kind().name(), MUTED),
                Span.plain("  ", INK), badge(d.severity().label(), d.severity()), Span.plain("  ", INK),
                Span.bold(ReportText.cut(ReportText.oneLine(d.summary()), ReportModel.MAX_READING), INK));
        // keep the heading with the first reading
        float keep = c.height(head, 10.5f, 0) + 3 * BODY * PdfCanvas.LEADING + 8;
        c.ensure(keep);
        if (!first && !c.atTop()) {
            c.rule(LINE, 0.6f);
            c.space(6);
        }
        c.paragraph(head, 10.5f, 0);
        if (!d.why().isBlank()) {
            c.paragraph(List.of(Span.plain(ReportText.oneLine(d.why()), MUTED)), SMALL, 0);
        }
        c.space(2);
        for (ItemReading r : d.readings()) {
            reading(m, r, c);
        }
        if (d.review().isPresent()) {
            ReviewEntry rv = d.review().get();
            List<Span> spans = new ArrayList<>();
            spans.add(Span.bold("Verdict: " + ReportText.oneLine(rv.verdict()), REVIEW));
            if (!rv.note().isBlank()) {
                spans.add(Span.plain(" \u2014 " + ReportText.oneLine(rv.note()), INK));
            }
            c.space(2);
            c.paragraph(spans, BODY, 10);
        }
        c.space(8);
    }

    private static void reading(ReportModel m, ItemReading r, PdfCanvas c) throws IOException {
        List<Span> line = new ArrayList<>();
        if (r.absent()) {
            line.add(Span.plain("(absent)", MUTED));
        } else {
            line.add(Span.bold(r.shown(), INK));
        }
        StringBuilder tail = new StringBuilder("   ").append(r.count()).append(" of ").append(m.copies().size())
                .append(": ").append(String.join(" ", r.copyIds()));
        line.add(Span.plain(tail.toString(), MUTED));
        if (r.majority()) {
            line.add(Span.bold("  majority", MAJORITY));
        }
        c.ensure(BODY * PdfCanvas.LEADING * 2);
        c.paragraph(line, BODY, 10);
        boolean several = r.excerpts().size() > 1;
        for (Excerpt e : r.excerpts()) {
            List<Span> spans = new ArrayList<>();
            if (several) {
                spans.add(Span.bold(String.join(" ", e.copyIds()) + ":  ", MUTED));
            }
            spans.add(Span.plain(e.before(), INK));
            if (e.gap()) {
                spans.add(Span.marked(ReportText.GAP, HIGH, GAP, true));
            } else {
                spans.add(Span.marked(e.marked(), INK, MARK, true));
            }
            spans.add(Span.plain(e.after(), INK));
            c.paragraph(spans, 9, 22);
        }
        c.space(3);
    }

    private static void about(ReportModel m, PdfCanvas c, PdfFonts fonts) throws IOException {
        heading(c, "About this report");
        c.paragraph(List.of(Span.plain("Made with " + m.tool() + " on " + m.dateText() + ". Each reading is shown "
                + "in its sentence in every copy carrying it, the differing words in bold on a highlight; ", INK),
                Span.marked(ReportText.GAP, HIGH, GAP, true),
                Span.plain(" marks where a copy lacks a passage. Character offsets of every reading are in the JSON "
                        + "report.", INK)), BODY, 0);
        c.space(4);
        List<String> used = fonts.used();
        c.paragraph(List.of(Span.plain("Fonts: " + (used.isEmpty() ? "none" : String.join(", ", used)) + ".",
                MUTED)), SMALL, 0);
        Map<Integer, Integer> missing = fonts.missing();
        if (!missing.isEmpty()) {
            int total = missing.values().stream().mapToInt(Integer::intValue).sum();
            StringJoiner list = new StringJoiner(", ");
            int shown = 0;
            for (Map.Entry<Integer, Integer> e : missing.entrySet()) {
                if (shown++ == 40) {
                    list.add("\u2026");
                    break;
                }
                list.add(String.format(Locale.ROOT, "U+%04X \u00d7%d", e.getKey(), e.getValue()));
            }
            c.space(4);
            c.paragraph(List.of(Span.bold(total + (total == 1 ? " character" : " characters")
                    + " could not be shown with the fonts available and appear as a replacement mark: ", HIGH),
                    Span.plain(list.toString() + ". Install a font that covers them (on Debian or Ubuntu: "
                            + "fonts-droid-fallback or fonts-wqy-microhei for Chinese and Japanese, fonts-nanum for "
                            + "Korean) or name one with --pdf-font FILE or the " + PdfFonts.ENV
                            + " environment variable. The HTML "
                            + "report shows every character with the reader's own fonts.", INK)), SMALL, 0);
            for (String p : fonts.problems()) {
                c.paragraph(List.of(Span.plain(p, MUTED)), 7, 0);
            }
        }
    }

    /** All text of the model, for choosing the CJK variant. */
    private static String sample(ReportModel m) {
        StringBuilder sb = new StringBuilder(m.title());
        for (Item d : m.items()) {
            for (ItemReading r : d.readings()) {
                sb.append(' ').append(r.text());
            }
            if (sb.length() > 100_000) {
                break;
            }
        }
        return sb.toString();
    }

    /** Code points in the model that no font covers, in order of first appearance. */
    private static List<Integer> uncovered(ReportModel m, PdfFonts fonts) {
        List<String> texts = new ArrayList<>();
        texts.add(m.title());
        texts.addAll(m.warnings());
        for (CopyInfo ci : m.copies()) {
            texts.add(ci.name());
            texts.add(ci.source());
        }
        for (Item d : m.items()) {
            texts.add(d.summary());
            texts.add(d.why());
            d.review().ifPresent(rv -> {
                texts.add(rv.verdict());
                texts.add(rv.note());
            });
            for (ItemReading r : d.readings()) {
                texts.add(r.shown());
                for (Excerpt e : r.excerpts()) {
                    texts.add(e.before());
                    texts.add(e.marked());
                    texts.add(e.after());
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (String t : texts) {
            t.codePoints().forEach(cp -> {
                if (!Character.isWhitespace(cp) && seen.add(cp) && !fonts.covers(cp)) {
                    out.add(cp);
                }
            });
        }
        return out;
    }

    private static Span badge(String text, Severity s) {
        Color bg = switch (s) {
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
        // no-break spaces inside the highlight give the badge its padding
        return Span.marked("\u00a0" + text + "\u00a0", Color.WHITE, bg, true);
    }

    private static Cell head(String text) {
        return new Cell(List.of(Span.bold(text, INK)), false);
    }

    private static Cell headRight(String text) {
        return new Cell(List.of(Span.bold(text, INK)), true);
    }
}
