package org.wirecheck.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.wirecheck.classify.Severity;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.report.pdf.PdfCanvas.Cell;
import org.wirecheck.report.pdf.PdfCanvas.Span;

/** The PDF report's colours, sizes and the small pieces every section draws: headings, badges, table heads. */
final class PdfStyle {

    static final Color INK = new Color(0x1d, 0x1d, 0x1f);
    static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    static final Color HIGH = new Color(0xb3, 0x26, 0x1e);
    static final Color MEDIUM = new Color(0x8a, 0x53, 0x00);
    static final Color LOW = new Color(0x5f, 0x63, 0x68);
    static final Color MARK = new Color(0xff, 0xe2, 0x7a);
    static final Color GAP = new Color(0xfb, 0xd3, 0xd0);
    static final Color SOFT = new Color(0xf0, 0xf1, 0xf4);
    static final Color LINE = new Color(0xd9, 0xdc, 0xe1);
    static final Color REVIEW = new Color(0x1e, 0x6b, 0x34);
    static final Color MAJORITY = new Color(0x7a, 0x9c, 0xc6);
    static final Color BASE = new Color(0x1a, 0x4f, 0x9c);

    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    private PdfStyle() {
    }

    /** A section heading with a rule under it, kept with what follows. */
    static void heading(PdfCanvas c, String text) throws IOException {
        c.space(14);
        c.ensure(13 * PdfCanvas.LEADING + 60);
        c.paragraph(List.of(Span.bold(text, INK)), 13, 0);
        c.rule(INK, 1.2f);
        c.space(6);
    }

    /** White text on the severity's colour. */
    static Span badge(String text, Severity s) {
        Color bg = switch (s) {
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
        // no-break spaces inside the highlight give the badge its padding
        return Span.marked("\u00a0" + text + "\u00a0", Color.WHITE, bg, true);
    }

    /** A verdict's colour: red for a confirmed error, amber to follow up, grey when dismissed or not given. */
    static Color verdict(ReviewEntry.Outcome o) {
        return switch (o) {
            case CONFIRMED_ERROR -> HIGH;
            case FOLLOW_UP -> MEDIUM;
            case DISMISSED, UNREVIEWED -> MUTED;
        };
    }

    static Cell head(String text) {
        return new Cell(List.of(Span.bold(text, INK)), false);
    }

    static Cell headRight(String text) {
        return new Cell(List.of(Span.bold(text, INK)), true);
    }

    static Cell number(int n) {
        return new Cell(List.of(Span.plain(n == 0 ? "" : Integer.toString(n), INK)), true);
    }
}
