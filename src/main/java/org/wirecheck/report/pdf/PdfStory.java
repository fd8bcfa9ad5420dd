package org.wirecheck.report.pdf;

import static org.wirecheck.report.pdf.PdfStyle.INK;
import static org.wirecheck.report.pdf.PdfStyle.LINE;
import static org.wirecheck.report.pdf.PdfStyle.MUTED;
import static org.wirecheck.report.pdf.PdfStyle.SMALL;
import static org.wirecheck.report.pdf.PdfStyle.SOFT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Overview;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.report.pdf.PdfCanvas.Cell;
import org.wirecheck.report.pdf.PdfCanvas.Span;

/**
 * The whole story on paper, after the counts: the versions the copies follow with their likely sources and the
 * earliest copy, then the overview matrix of the facts (the high discrepancies, in story order, as many as the page
 * is wide), one row per copy, one cue per cell; the HTML report and the window show every column.
 */
final class PdfStory {

    /** Narrowest column of the matrix, in points. */
    private static final float CELL = 18;
    private static final float HEAD = 46;

    private PdfStory() {
    }

    static void draw(PdfCanvas c, StoryVersions versions, Overview overview) throws IOException {
        PdfStyle.heading(c, "Versions and provenance");
        if (!versions.distinct()) {
            line(c, "The copies follow one version of the story.");
        } else {
            for (StoryVersions.Version v : versions.versions()) {
                c.paragraph(List.of(Span.bold(v.title() + ": ", INK), Span.plain(String.join(", ", v.copyIds())
                        + " \u2014 likely source " + v.sourceId() + (v.evidence().isEmpty() ? "" : ": "
                        + v.evidence()), INK)), SMALL, 0);
                c.space(1.5f);
            }
        }
        line(c, versions.earliest());
        if (!versions.unordered().isEmpty() && !versions.timeline().isEmpty()) {
            line(c, "No time known for " + String.join(", ", versions.unordered()) + ": unordered, not guessed.");
        }
        matrix(c, overview);
    }

    private static void line(PdfCanvas c, String text) throws IOException {
        if (text != null && !text.isBlank()) {
            c.paragraph(List.of(Span.plain(text, MUTED)), SMALL, 0);
            c.space(1.5f);
        }
    }

    private static void matrix(PdfCanvas c, Overview overview) throws IOException {
        List<Integer> facts = new ArrayList<>();
        for (int i = 0; i < overview.columns().size(); i++) {
            if (overview.columns().get(i).discrepancy().severity() == Severity.HIGH) {
                facts.add(i);
            }
        }
        if (facts.isEmpty() || overview.rows().isEmpty()) {
            return;
        }
        int fit = Math.max(1, (int) ((c.width() - HEAD) / CELL));
        List<Integer> shown = facts.subList(0, Math.min(fit, facts.size()));
        c.space(8);
        c.ensure(80);
        c.paragraph(List.of(Span.bold("Overview: the facts, copy by copy", INK)), PdfStyle.BODY, 0);
        c.paragraph(List.of(Span.plain("One column per fact in story order" + (shown.size() < facts.size()
                ? " (the first " + shown.size() + " of " + facts.size() + ")" : "") + "; \u00b7 majority, b another "
                + "reading, a? no majority, \u2013 absent; rows by " + (overview.versioned() ? "version, then " : "")
                + "how far the copy departs.", MUTED)), SMALL, 0);
        c.space(2);
        float[] widths = new float[shown.size() + 1];
        widths[0] = HEAD;
        List<Cell> header = new ArrayList<>();
        header.add(PdfStyle.head("Copy"));
        for (int i = 0; i < shown.size(); i++) {
            widths[i + 1] = (c.width() - HEAD) / shown.size();
            header.add(new Cell(List.of(Span.bold(Integer.toString(overview.columns().get(shown.get(i)).rank()),
                    MUTED)), false));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < overview.rows().size(); r++) {
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(List.of(Span.bold(overview.rows().get(r).copyId(), INK)), false));
            for (int col : shown) {
                String cue = overview.cue(r, col).replace("\u2205", "\u2013");
                boolean departs = overview.state(r, col) != Overview.State.MAJORITY;
                row.add(new Cell(List.of(departs ? Span.bold(cue, INK) : Span.plain(cue, MUTED)), false));
            }
            rows.add(row);
        }
        c.table(widths, header, rows, 6.5f, SOFT, LINE);
        c.paragraph(List.of(Span.plain("The number over each column is its discrepancy's number, as in the details "
                + "below.", MUTED)), SMALL, 0);
    }
}
