package org.wirecheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.report.Fixtures;
import org.wirecheck.report.ReportFixtures;
import org.wirecheck.report.ReportModel;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;
import org.wirecheck.text.TextRange;
import org.wirecheck.text.Witness;

/**
 * The PDF report. Most tests use no installed font (only the Liberation Sans bundled with PDFBox), so that they pass
 * on any machine; those that need DejaVu Sans or a CJK font run only where it is installed.
 */
class PdfReportTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /**
     * Reading a PDF back (text extraction) makes PDFBox index the system's fonts once and cache the index; keep that
     * cache in the build folder, not in the user's home.
     */
    @BeforeAll
    static void fontCacheInTheBuildFolder() {
        System.setProperty("pdfbox.fontcache", Path.of("target").toAbsolutePath().toString());
    }

    private static PdfReport.Rendered bundledFontOnly(Comparison c, Review r) throws IOException {
        return PdfReport.renderDetailed(ReportModel.of(c, r, ReportFixtures.CLOCK), List.of(), false);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    names.add(f.getName() + (f.isEmbedded() ? " embedded" : ""));
                }
            }
        }
        return names;
    }

    /** Two copies, one with Chinese and Korean text that Helvetica cannot show. */
    private static Comparison cjk() {
        String a = "Seoul said the \u201cChey\u201d institute would go on.";
        String b = "Seoul said the \u201c\u5d14\u201d institute \ud55c\uad6d would go on.";
        Copy ca = new Copy("A", new Witness("a.txt", "a.txt", a), 8, 1.0, true, 1,
                List.of(new TextRange(0, a.length())));
        Copy cb = new Copy("B", new Witness("b.txt", "b.txt", b), 9, 0.7, false, 2,
                List.of(new TextRange(0, b.length())));
        int sa = a.indexOf("Chey");
        int sb = b.indexOf('\u5d14');
        Discrepancy d = new Discrepancy("D1", Kind.NAME, Severity.HIGH, "Chey / \u5d14", "name differs", "Chey",
                List.of(new Reading("Chey", List.of(new Location("A", sa, sa + 4))),
                        new Reading("\u5d14", List.of(new Location("B", sb, sb + 1)))));
        return new Comparison(List.of(ca, cb), "A", List.of(d), List.of(), true);
    }

    @Test
    void aValidPdfWithTheReportsContentWithoutAnyInstalledFont() throws IOException {
        Review review = ReportFixtures.review(Map.of("D1", new ReviewEntry("confirmed error", "asked AP")));
        PdfReport.Rendered r = bundledFontOnly(ReportFixtures.sentenced(), review);

        assertThat(r.pdf()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(r.replaced()).isZero();
        String text = text(r.pdf());
        assertThat(text).contains("WIRECHECK DISCREPANCY REPORT").contains(Fixtures.TEXT_A)
                .contains("2026-01-30 09:15 UTC").contains("Copies").contains("000.txt")
                .contains("samples/002.txt").contains("100.0%").contains("81.2%")
                .contains("What the review found").contains("1 confirmed error \u00b7 0 to follow up")
                .contains("Facts that differ (1)").contains("\u201cChey\u201d A B \u00b7 \u201cChoi\u201d C")
                .contains("Counts").contains("3 discrepancies")
                .contains("Copies that depart most from the others").contains("Departs in")
                .contains("D1").contains("NAME").contains("Chey Institute / Choi Institute")
                .contains("near-spellings of one proper noun").contains("2 of 3: A B").contains("majority")
                .contains("Verdict: confirmed error").contains("asked AP")
                .contains("(absent)").contains("Z\u00fcrich").contains("Page 1 of");
        assertThat(text.indexOf("D1")).isLessThan(text.indexOf("D2"));
        assertThat(text.indexOf("D2")).isLessThan(text.indexOf("D3"));
        assertThat(fontNames(r.pdf())).isNotEmpty()
                .allMatch(n -> n.contains("LiberationSans") && n.endsWith("embedded"));
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(Fixtures.TEXT_A);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PdfCanvas.PAGE.getWidth());
        }
    }

    @Test
    void charactersNoFontCoversAreReplacedCountedAndExplained() throws IOException {
        PdfReport.Rendered r = bundledFontOnly(cjk(), Review.NONE);

        assertThat(r.missing()).containsKeys(0x5d14, 0xd55c, 0xad6d);
        assertThat(r.replaced()).isGreaterThanOrEqualTo(3);
        String text = text(r.pdf());
        assertThat(text).contains("could not be shown with the fonts available")
                .contains("U+5D14").contains("U+D55C").contains("--pdf-font").contains(PdfFonts.ENV)
                .contains("Some characters of the copies are not covered");
        // curly quotes are in the bundled font and survive
        assertThat(text).contains("\u201cChey\u201d");
        assertThat(text).doesNotContain("\u5d14");
    }

    @Test
    void theSamplesMakeAMultiPageReport() throws IOException {
        PdfReport.Rendered r = bundledFontOnly(ReportFixtures.samples(), Review.NONE);

        assertThat(r.pages()).isGreaterThan(5);
        String text = text(r.pdf());
        assertThat(text).contains("Page " + r.pages() + " of " + r.pages()).contains("About this report");
        assertThat(text).contains("Stoltenberg");
    }

    @Test
    void hostileTextIsDrawnAsText() throws IOException {
        PdfReport.Rendered r = bundledFontOnly(ReportFixtures.hostile(), ReportFixtures.hostileReview());

        String text = text(r.pdf());
        assertThat(text).contains(ReportFixtures.SCRIPT).contains("onerror=alert(1)>");
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            assertThat(doc.getDocumentCatalog().getNames()).isNull(); // no JavaScript name tree
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
        }
    }

    @Test
    void embedsDejaVuSansWhenInstalled() throws IOException {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu Sans is not installed");

        byte[] pdf = PdfReport.render(ReportModel.of(ReportFixtures.sentenced(), Review.NONE, ReportFixtures.CLOCK),
                List.of(DEJAVU), false);

        assertThat(fontNames(pdf)).anyMatch(n -> n.contains("DejaVuSans") && n.endsWith("embedded"));
        String text = text(pdf);
        assertThat(text).contains("Z\u00fcrich").contains("\u2013").contains("differs much");
    }

    @Test
    void aUserFontCoversCjkWhenOneIsInstalled() throws IOException {
        assumeTrue(Files.isRegularFile(DROID), "Droid Sans Fallback is not installed");

        PdfReport.Rendered r = PdfReport.renderDetailed(ReportModel.of(cjk(), Review.NONE, ReportFixtures.CLOCK),
                List.of(DROID), false);

        // Droid Sans Fallback has Chinese and Japanese but no Hangul: the Korean word is reported as missing
        assertThat(r.missing()).doesNotContainKey(0x5d14).containsOnlyKeys(0xd55c, 0xad6d);
        assertThat(text(r.pdf())).contains("\u5d14").contains("U+D55C");
        assertThat(r.fonts()).anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("droid"));
    }

    @Test
    void aFileThatIsNotAFontIsSkipped() throws IOException {
        Path notAFont = Files.createTempFile("not-a-font", ".ttf");
        try {
            Files.writeString(notAFont, "hello");
            PdfReport.Rendered r = PdfReport.renderDetailed(
                    ReportModel.of(ReportFixtures.sentenced(), Review.NONE, ReportFixtures.CLOCK), List.of(notAFont),
                    false);
            assertThat(text(r.pdf())).contains("Chey Institute");
        } finally {
            Files.deleteIfExists(notAFont);
        }
    }

    @Test
    void theSummaryEndsWithTheLegendInTheWindowsWords() throws IOException {
        PdfReport.Rendered r = bundledFontOnly(ReportFixtures.samples(), Review.NONE);
        String text = text(r.pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("How to read this report");
        for (org.wirecheck.report.ReportLegend.Entry e : org.wirecheck.report.ReportLegend.kinds()) {
            assertThat(text).contains(e.term() + " " + e.meaning());
        }
        for (Severity s : Severity.values()) {
            assertThat(text).contains(s.label() + " " + org.wirecheck.report.ReportLegend.severity(s));
        }
        assertThat(text.indexOf("How to read this report")).isLessThan(text.indexOf("The facts in detail"));
    }

    @Test
    void theVersionsAndTheOverviewOfTheFactsFollowTheCounts() throws IOException {
        Comparison samples = ReportFixtures.samples();
        byte[] pdf = new PdfReport().render(samples, Review.NONE,
                org.wirecheck.report.ExportOptions.defaults().withFonts(List.of()));
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Versions and provenance").contains("Overview: the facts, copy by copy");
        assertThat(text.indexOf("Counts")).isLessThan(text.indexOf("Versions and provenance"));
        assertThat(text.indexOf("Overview: the facts")).isLessThan(text.indexOf("The facts in detail"));
        org.wirecheck.compare.Overview o = org.wirecheck.compare.Overview.of(samples);
        for (org.wirecheck.compare.Overview.Row r : o.rows()) {
            assertThat(text).contains(r.copyId());
        }
    }
}
