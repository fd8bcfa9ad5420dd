package org.wirecheck.report.pdf;

import static org.wirecheck.report.pdf.PdfStyle.BODY;
import static org.wirecheck.report.pdf.PdfStyle.GAP;
import static org.wirecheck.report.pdf.PdfStyle.HIGH;
import static org.wirecheck.report.pdf.PdfStyle.INK;
import static org.wirecheck.report.pdf.PdfStyle.LINE;
import static org.wirecheck.report.pdf.PdfStyle.MAJORITY;
import static org.wirecheck.report.pdf.PdfStyle.MARK;
import static org.wirecheck.report.pdf.PdfStyle.MUTED;
import static org.wirecheck.report.pdf.PdfStyle.REVIEW;
import static org.wirecheck.report.pdf.PdfStyle.SMALL;
import static org.wirecheck.report.pdf.PdfStyle.badge;
import static org.wirecheck.report.pdf.PdfStyle.heading;

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
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.StoryViews;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportModel.CopyInfo;
import org.wirecheck.report.ReportModel.Excerpt;
import org.wirecheck.report.ReportModel.Item;
import org.wirecheck.report.ReportModel.ItemReading;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.ScopedComparison;
import org.wirecheck.report.ReportText;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.report.pdf.PdfCanvas.Span;
import org.wirecheck.text.Texts;

/**
 * The report as a PDF (A4, Apache PDFBox): the summary on page one ({@link PdfSummary}), then the facts in detail,
 * then the wording drift only when asked ({@link ExportOptions#drift()}), fonts embedded as subsets (see
 * {@link PdfFonts} for how they are chosen). The differing words of each sentence are set in bold on a yellow
 * highlight. Characters that no available font covers are replaced by U+FFFD (or {@code ?}), counted, and listed
 * by code point at the end of the report, with a hint on how to supply a font.
 *
 * <p>PDFBox does not shape text: scripts that need shaping (Arabic, Indic scripts) are drawn letter by letter, and
 * right-to-left text keeps its logical order. The HTML report shows them properly.
 */
public final class PdfReport implements ReportRenderer {

    /** Most characters of a sentence shown on each side of a reading. */
    private static final int CONTEXT = 80;

    @Override
    public byte[] render(Comparison comparison, Review review, ExportOptions options) throws IOException {
        ReportModel m = ReportModel.of(comparison, review, options, false);
        Comparison scoped = ScopedComparison.of(comparison, review, options, false);
        StoryViews story = StoryViews.shown(scoped, options.times()).orElse(null);
        return renderDetailed(m, options.fonts(), options.systemFonts(), story).pdf();
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
        return renderDetailed(m, userFonts, systemFonts, null);
    }

    static Rendered renderDetailed(ReportModel m, List<Path> userFonts, boolean systemFonts, StoryViews story)
            throws IOException {
        try (PDDocument doc = new PDDocument();
             PdfFonts fonts = new PdfFonts(doc, userFonts, systemFonts, sample(m))) {
            List<Integer> uncovered = uncovered(m, fonts);
            PdfCanvas c = new PdfCanvas(doc, fonts);
            c.newPage();
            PdfSummary.header(m, c, !uncovered.isEmpty());
            PdfSummary.copies(m, c);
            PdfSummary.facts(m, c);
            PdfSummary.counts(m, c);
            if (story != null) {
                PdfStory.draw(c, story.versions(), story.overview());
            }
            PdfSummary.legend(c);
            details(m, c);
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

    /** The facts in detail, then the wording drift when it is detailed. */
    private static void details(ReportModel m, PdfCanvas c) throws IOException {
        List<Item> key = m.keyItems();
        List<Item> drift = m.driftDetailed() ? m.driftItems() : List.of();
        if (key.isEmpty() && drift.isEmpty()) {
            return;
        }
        section(m, c, "The facts in detail", key);
        section(m, c, "Wording drift", drift);
    }

    private static void section(ReportModel m, PdfCanvas c, String title, List<Item> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        heading(c, title);
        boolean first = true;
        for (Item d : items) {
            item(m, d, c, first);
            first = false;
        }
    }

    private static void item(ReportModel m, Item d, PdfCanvas c, boolean first) throws IOException {
        List<Span> head = List.of(Span.bold(d.id(), INK), Span.plain("  ", INK), Span.bold(d.kind().name(), MUTED),
                Span.plain("  ", INK), badge(d.severity().label(), d.severity()), Span.plain("  ", INK),
                Span.bold(Texts.cut(Texts.oneLine(d.summary()), ReportModel.MAX_READING), INK));
        // keep the heading with the first reading
        float keep = c.height(head, 10.5f, 0) + 3 * BODY * PdfCanvas.LEADING + 8;
        c.ensure(keep);
        if (!first && !c.atTop()) {
            c.rule(LINE, 0.6f);
            c.space(4);
        }
        c.paragraph(head, 10.5f, 0);
        if (!d.why().isBlank()) {
            c.paragraph(List.of(Span.plain(Texts.oneLine(d.why()), MUTED)), 7.5f, 0);
        }
        c.space(1);
        for (ItemReading r : d.readings()) {
            reading(m, r, c);
        }
        if (!d.lacking().isEmpty()) {
            c.paragraph(List.of(Span.plain("lacking the passage   " + d.lacking().size() + " of "
                    + m.comparedCount() + ": " + String.join(" ", d.lacking()), MUTED)), SMALL, 10);
        }
        if (d.review().isPresent()) {
            ReviewEntry rv = d.review().get();
            List<Span> spans = new ArrayList<>();
            spans.add(Span.bold("Verdict: " + Texts.oneLine(rv.verdict()), REVIEW));
            if (!rv.note().isBlank()) {
                spans.add(Span.plain(" \u2014 " + Texts.oneLine(rv.note()), INK));
            }
            c.space(2);
            c.paragraph(spans, BODY, 10);
        }
        c.space(5);
    }

    private static void reading(ReportModel m, ItemReading r, PdfCanvas c) throws IOException {
        List<Span> line = new ArrayList<>();
        if (r.absent()) {
            line.add(Span.plain("(absent)", MUTED));
        } else {
            line.add(Span.bold(r.shown(), INK));
        }
        StringBuilder tail = new StringBuilder("   ").append(r.count()).append(" of ").append(m.comparedCount())
                .append(": ").append(String.join(" ", r.copyIds()));
        line.add(Span.plain(tail.toString(), MUTED));
        if (r.majority()) {
            line.add(Span.bold("  majority", MAJORITY));
        }
        boolean several = r.excerpts().size() > 1;
        // one sentence a reading, on the reading's line: the copies whose sentence reads otherwise are named (the
        // HTML report shows them all)
        List<Span> spans = line;
        for (Excerpt e : r.excerpts().subList(0, Math.min(1, r.excerpts().size()))) {
            spans.add(Span.plain("  \u2014  ", MUTED));
            if (several) {
                spans.add(Span.bold(String.join(" ", e.copyIds()) + ": ", MUTED));
            }
            spans.add(Span.plain(Texts.cutStart(e.before(), CONTEXT), INK));
            if (e.gap()) {
                spans.add(Span.marked(ReportText.GAP, HIGH, GAP, true));
            } else {
                spans.add(Span.marked(e.marked(), INK, MARK, true));
            }
            spans.add(Span.plain(Texts.cut(e.after(), CONTEXT), INK));
            if (several) {
                List<String> others = r.copyIds().stream().filter(id -> !e.copyIds().contains(id)).toList();
                spans.add(Span.plain("   (also in " + String.join(" ", others) + ")",
                        MUTED));
            }
        }
        c.ensure(8.5f * PdfCanvas.LEADING * 2);
        c.paragraph(spans, 8.5f, 10);
        c.space(2.5f);
    }

    private static void about(ReportModel m, PdfCanvas c, PdfFonts fonts) throws IOException {
        heading(c, "About this report");
        c.paragraph(List.of(Span.plain("Made with " + m.tool() + " on " + m.dateText() + ". Each reading is shown "
                + "in its sentence in one copy carrying it (the HTML report shows every copy's), the differing words "
                + "in bold on a highlight; ", INK),
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
            c.paragraph(List.of(Span.bold(Texts.plural(total, "character", "characters")
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
}
