package org.wirecheck.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A small flow layout on top of PDFBox: paragraphs of styled spans broken into lines (at spaces, and between CJK
 * characters), simple tables, rules, A4 pages that follow one another, and page footers. Each character is drawn
 * with the first font of {@link PdfFonts} that has it.
 *
 * <p>It is long because measuring, breaking and drawing a line share one page cursor and the same runs of glyphs;
 * split apart, each half would have to rebuild the other's state.
 */
final class PdfCanvas {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 50;
    static final float MARGIN_TOP = 54;
    static final float MARGIN_BOTTOM = 58;
    static final float LEADING = 1.36f;
    /** Padding of a highlighted run. */
    private static final float BG_PAD = 1.5f;

    /** A run of text in one look. */
    record Span(String text, boolean bold, Color color, Color background) {

        static Span plain(String text, Color color) {
            return new Span(text, false, color, null);
        }

        static Span bold(String text, Color color) {
            return new Span(text, true, color, null);
        }

        static Span marked(String text, Color color, Color background, boolean bold) {
            return new Span(text, bold, color, background);
        }
    }

    /** A table cell: its spans and whether it is aligned right. */
    record Cell(List<Span> spans, boolean right) {
    }

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    /** Starts a new page unless {@code height} points are left on this one. */
    void ensure(float height) throws IOException {
        if (cs == null || y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    /** Moves down; the next drawing starts a new page when this runs past the bottom. */
    void space(float height) {
        y -= height;
    }

    /** Whether the cursor is at the top of a page (nothing drawn on it yet). */
    boolean atTop() {
        return y >= PAGE.getHeight() - MARGIN_TOP - 0.5f;
    }

    /** A horizontal line across the text width at the cursor. */
    void rule(Color color, float thickness) throws IOException {
        ensure(thickness + 2);
        cs.setStrokingColor(color);
        cs.setLineWidth(thickness);
        cs.moveTo(left(), y);
        cs.lineTo(left() + width(), y);
        cs.stroke();
        y -= thickness;
    }

    /** Draws a paragraph at the cursor, indented, breaking pages between lines. */
    void paragraph(List<Span> spans, float size, float indent) throws IOException {
        List<Line> lines = layout(spans, size, width() - indent);
        float lh = size * LEADING;
        for (Line line : lines) {
            ensure(lh);
            drawLine(line, left() + indent, y - size, size);
            y -= lh;
        }
    }

    /** The height a paragraph would take. */
    float height(List<Span> spans, float size, float indent) throws IOException {
        return layout(spans, size, width() - indent).size() * size * LEADING;
    }

    /**
     * A table: a header row (repeated on each page it runs onto), then the rows; column widths in points.
     * Alternate shading is not used; each row has a rule below it.
     */
    void table(float[] widths, List<Cell> header, List<List<Cell>> rows, float size, Color headerBg, Color line)
            throws IOException {
        float pad = 3.5f;
        float lh = size * LEADING;
        List<List<Line>> head = cellLines(header, widths, size, pad);
        float headHeight = rowHeight(head, lh, pad);
        boolean headerDrawn = false;
        for (List<Cell> row : rows) {
            List<List<Line>> cells = cellLines(row, widths, size, pad);
            float h = rowHeight(cells, lh, pad);
            if (!headerDrawn || y - h < MARGIN_BOTTOM) {
                ensure(headHeight + h);
                drawRow(head, header, widths, headHeight, size, pad, headerBg, line);
                headerDrawn = true;
            }
            drawRow(cells, row, widths, h, size, pad, null, line);
        }
        if (!headerDrawn) {
            ensure(headHeight);
            drawRow(head, header, widths, headHeight, size, pad, headerBg, line);
        }
    }

    private List<List<Line>> cellLines(List<Cell> row, float[] widths, float size, float pad) throws IOException {
        List<List<Line>> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            out.add(layout(row.get(i).spans(), size, widths[i] - 2 * pad));
        }
        return out;
    }

    private static float rowHeight(List<List<Line>> cells, float lh, float pad) {
        int n = 1;
        for (List<Line> c : cells) {
            n = Math.max(n, c.size());
        }
        return n * lh + 2 * pad;
    }

    private void drawRow(List<List<Line>> cells, List<Cell> row, float[] widths, float h, float size, float pad,
                         Color bg, Color line) throws IOException {
        float x = left();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (bg != null) {
            cs.setNonStrokingColor(bg);
            cs.addRect(x, y - h, total, h);
            cs.fill();
        }
        float lh = size * LEADING;
        for (int i = 0; i < cells.size(); i++) {
            float ly = y - pad;
            for (Line l : cells.get(i)) {
                float lx = row.get(i).right() ? x + widths[i] - pad - l.width() : x + pad;
                drawLine(l, lx, ly - size, size);
                ly -= lh;
            }
            x += widths[i];
        }
        cs.setStrokingColor(line);
        cs.setLineWidth(0.5f);
        cs.moveTo(left(), y - h);
        cs.lineTo(left() + total, y - h);
        cs.stroke();
        y -= h;
    }

    /** Writes footers on every page: {@code left} at the left, "Page i of n" at the right. */
    void finish(String leftText, float size, Color color) throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream saved = cs;
                cs = footer;
                float base = MARGIN_BOTTOM - 26;
                cs.setStrokingColor(new Color(0xd9, 0xdc, 0xe1));
                cs.setLineWidth(0.5f);
                cs.moveTo(left(), base + size + 4);
                cs.lineTo(left() + width(), base + size + 4);
                cs.stroke();
                List<Line> l = layout(List.of(Span.plain(leftText, color)), size, width() * 0.75f);
                if (!l.isEmpty()) {
                    drawLine(l.get(0), left(), base, size);
                }
                List<Line> r = layout(List.of(Span.plain("Page " + (i + 1) + " of " + n, color)), size, width());
                if (!r.isEmpty()) {
                    drawLine(r.get(0), left() + width() - r.get(0).width(), base, size);
                }
                cs = saved;
            }
        }
    }

    // ---- line breaking ----

    /** Text drawn in one font and one look. */
    private static final class Run {
        final String text;
        final PdfFonts.Face face;
        final Span span;
        float width;
        /** Characters no font has, shown by a stand-in in this run (counted when drawn). */
        List<Integer> missing = List.of();

        Run(String text, PdfFonts.Face face, Span span) {
            this.text = text;
            this.face = face;
            this.span = span;
        }
    }

    /** Runs with no break opportunity between them, and how many spaces follow. */
    private static final class Word {
        final List<Run> runs = new ArrayList<>();
        float width;
        /** How many spaces follow (at most 4; two spaces keep their width). */
        int spaces;
    }

    /** One laid-out line. */
    record Line(List<Word> words, float width, float space) {
    }

    List<Line> layout(List<Span> spans, float size, float max) throws IOException {
        List<Word> words = words(spans, size);
        float space = spaceWidth(size);
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float w = 0;
        for (Word word : words) {
            float needed = current.isEmpty() ? word.width
                    : w + current.get(current.size() - 1).spaces * space + word.width;
            if (needed <= max || current.isEmpty() && word.width <= max) {
                current.add(word);
                w = needed;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(new Line(current, w, space));
                current = new ArrayList<>();
                w = 0;
            }
            if (word.width <= max) {
                current.add(word);
                w = word.width;
            } else {
                List<Word> pieces = split(word, max, size);
                for (int i = 0; i < pieces.size() - 1; i++) {
                    lines.add(new Line(List.of(pieces.get(i)), pieces.get(i).width, space));
                }
                Word last = pieces.get(pieces.size() - 1);
                current.add(last);
                w = last.width;
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current, w, space));
        }
        return lines;
    }

    private float spaceWidth(float size) throws IOException {
        PdfFonts.Glyph g = fonts.glyph(' ', false);
        return g.face().width(" ", size);
    }

    private List<Word> words(List<Span> spans, float size) throws IOException {
        WordBuilder b = new WordBuilder(size);
        for (Span sp : spans) {
            String t = sp.text();
            int i = 0;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    b.space();
                    continue;
                }
                PdfFonts.Glyph g = fonts.glyph(cp, sp.bold());
                if (g.text().isEmpty()) {
                    continue;
                }
                boolean breakable = breaksAnywhere(cp);
                if (breakable) {
                    b.endWord();
                }
                b.add(g, sp, cp);
                if (breakable) {
                    b.endWord();
                }
            }
        }
        b.endWord();
        return b.words;
    }

    /** Collects runs into words. */
    private static final class WordBuilder {
        final List<Word> words = new ArrayList<>();
        private final float size;
        private Word cur = new Word();
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> missing = new ArrayList<>();
        private PdfFonts.Face face;
        private Span span;

        WordBuilder(float size) {
            this.size = size;
        }

        void add(PdfFonts.Glyph g, Span sp, int cp) throws IOException {
            if (face != g.face() || span != sp) {
                flush();
                face = g.face();
                span = sp;
            }
            text.append(g.text());
            if (g.replaced()) {
                missing.add(cp);
            }
        }

        /** A space: ends the word; more spaces widen the gap after it. */
        void space() throws IOException {
            flush();
            if (!cur.runs.isEmpty()) {
                cur.spaces = 1;
                words.add(cur);
                cur = new Word();
            } else if (!words.isEmpty()) {
                Word last = words.get(words.size() - 1);
                last.spaces = Math.min(last.spaces + 1, 4);
            }
        }

        /** Ends the word without a space (a break opportunity between CJK characters). */
        void endWord() throws IOException {
            flush();
            if (!cur.runs.isEmpty()) {
                words.add(cur);
                cur = new Word();
            }
        }

        private void flush() throws IOException {
            if (text.length() > 0 && face != null) {
                Run r = new Run(text.toString(), face, span);
                r.width = face.width(r.text, size);
                r.missing = List.copyOf(missing);
                cur.runs.add(r);
                cur.width += r.width;
            }
            text.setLength(0);
            missing.clear();
            face = null;
        }
    }

    /** Chinese and Japanese text has no spaces: a line may break between any two of these characters. */
    private static boolean breaksAnywhere(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
    }

    /** Splits a word wider than a line into pieces that fit, character by character. */
    private List<Word> split(Word word, float max, float size) throws IOException {
        List<Word> pieces = new ArrayList<>();
        Word cur = new Word();
        for (Run r : word.runs) {
            boolean countedMissing = false;
            StringBuilder sb = new StringBuilder();
            float runWidth = 0;
            int i = 0;
            while (i < r.text.length()) {
                int cp = r.text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += ch.length();
                float cw = r.face.width(ch, size);
                if (cur.width + runWidth + cw > max && (cur.width + runWidth) > 0) {
                    if (sb.length() > 0) {
                        Run piece = new Run(sb.toString(), r.face, r.span);
                        piece.width = runWidth;
                        if (!countedMissing) {
                            piece.missing = r.missing;
                            countedMissing = true;
                        }
                        cur.runs.add(piece);
                        cur.width += runWidth;
                    }
                    pieces.add(cur);
                    cur = new Word();
                    sb.setLength(0);
                    runWidth = 0;
                }
                sb.append(ch);
                runWidth += cw;
            }
            if (sb.length() > 0) {
                Run piece = new Run(sb.toString(), r.face, r.span);
                piece.width = runWidth;
                if (!countedMissing) {
                    piece.missing = r.missing;
                }
                cur.runs.add(piece);
                cur.width += runWidth;
            }
        }
        cur.spaces = word.spaces;
        pieces.add(cur);
        return pieces;
    }

    // ---- drawing ----

    private void drawLine(Line line, float x0, float baseline, float size) throws IOException {
        // backgrounds first, so that no highlight covers a neighbouring glyph
        float x = x0;
        List<Word> words = line.words();
        for (int wi = 0; wi < words.size(); wi++) {
            Word w = words.get(wi);
            for (Run r : w.runs) {
                if (r.span.background() != null) {
                    fill(r.span.background(), x - BG_PAD, baseline - 0.26f * size, r.width + 2 * BG_PAD,
                            1.18f * size);
                }
                x += r.width;
            }
            if (wi < words.size() - 1 && w.spaces > 0) {
                Run last = w.runs.get(w.runs.size() - 1);
                Run next = words.get(wi + 1).runs.get(0);
                if (last.span.background() != null && last.span.background().equals(next.span.background())) {
                    fill(last.span.background(), x, baseline - 0.26f * size, w.spaces * line.space(), 1.18f * size);
                }
                x += w.spaces * line.space();
            }
        }
        x = x0;
        for (int wi = 0; wi < words.size(); wi++) {
            Word w = words.get(wi);
            for (Run r : w.runs) {
                text(r, x, baseline, size);
                x += r.width;
            }
            x += w.spaces * line.space();
        }
    }

    private void fill(Color c, float x, float yy, float w, float h) throws IOException {
        cs.setNonStrokingColor(c);
        cs.addRect(x, yy, w, h);
        cs.fill();
    }

    private void text(Run r, float x, float baseline, float size) throws IOException {
        Color color = r.span.color() == null ? Color.BLACK : r.span.color();
        cs.beginText();
        cs.setFont(r.face.font(), size);
        cs.setNonStrokingColor(color);
        if (r.face.fakeBold()) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setStrokingColor(color);
            cs.setLineWidth(size * 0.035f);
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(r.text);
        fonts.noteMissing(r.missing);
        if (r.face.fakeBold()) {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.endText();
    }
}
