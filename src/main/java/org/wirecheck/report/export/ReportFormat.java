package org.wirecheck.report.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirecheck.report.ReportRenderer;
import org.wirecheck.report.html.HtmlReport;
import org.wirecheck.report.pdf.PdfReport;
import org.wirecheck.report.plain.CsvReport;
import org.wirecheck.report.plain.JsonReport;
import org.wirecheck.report.plain.MatrixCsvReport;
import org.wirecheck.report.plain.MarkdownReport;
import org.wirecheck.report.plain.TextReport;
import org.wirecheck.report.tei.TeiReport;

/** The report formats, each with its file name extensions and its renderer. */
public enum ReportFormat {
    TEXT("Plain text", new TextReport(), "txt", "text"),
    JSON("JSON (schema version 1)", new JsonReport(), "json"),
    HTML("HTML page", new HtmlReport(), "html", "htm"),
    PDF("PDF document", new PdfReport(), "pdf"),
    MD("Markdown", new MarkdownReport(), "md", "markdown"),
    CSV("CSV table (spreadsheets)", new CsvReport(), "csv"),
    TEI("TEI P5 collation (parallel segmentation)", new TeiReport(), "tei", "xml"),
    MATRIX_CSV("Overview matrix, CSV (copies by discrepancies)", new MatrixCsvReport(), "matrix.csv");

    private final String description;
    private final ReportRenderer renderer;
    private final List<String> extensions;

    ReportFormat(String description, ReportRenderer renderer, String... extensions) {
        this.description = description;
        this.renderer = renderer;
        this.extensions = List.of(extensions);
    }

    /** The usual file name extension, without the dot ({@code "html"}). */
    public String extension() {
        return extensions.get(0);
    }

    /** A name for people, e.g. in a file chooser ({@code "HTML page"}). */
    public String description() {
        return description;
    }

    /** What writes this format. */
    public ReportRenderer renderer() {
        return renderer;
    }

    /**
     * The format a file name's extension suggests ({@code report.htm} is HTML, {@code report.matrix.csv} the matrix),
     * if any; the longest extension that fits wins.
     */
    public static Optional<ReportFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        ReportFormat best = null;
        int longest = -1;
        for (ReportFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith("." + ext) && ext.length() > longest) {
                    best = f;
                    longest = ext.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
