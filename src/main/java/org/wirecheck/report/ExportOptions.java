package org.wirecheck.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.wirecheck.compare.PublicationTimes;

/**
 * How a report is exported.
 *
 * @param clock       gives the report's date (and the time zone it is shown in); a fixed clock makes output
 *                    reproducible
 * @param overwrite   whether an existing file may be replaced (the window asks first; the command line needs
 *                    {@code --force}); one of the compared copies is never replaced
 * @param csvBom      whether a CSV report starts with a UTF-8 byte order mark (spreadsheet programs then read it as
 *                    UTF-8)
 * @param fonts       TrueType/OpenType font files (.ttf, .otf, .ttc) the PDF report tries first, before the
 *                    {@code WIRECHECK_PDF_FONT} environment variable and the fonts installed on the system
 * @param systemFonts whether the PDF report looks for fonts in the system's font folders and in
 *                    {@code WIRECHECK_PDF_FONT}; without any font it falls back to the standard PDF font
 *                    Helvetica (Latin text only)
 * @param scope       which discrepancies the report covers
 * @param drift       whether the wording drift (medium and low items) of scope {@link ReportScope#ALL} is shown in
 *                    detail; {@code null} leaves it to the format (off for PDF, on for the others). Counted in the
 *                    summary either way; the other scopes show every item they cover.
 * @param times       when each copy was published or fetched, as far as known, for the versions section of the
 *                    HTML and JSON reports ({@link PublicationTimes#NONE}: the copies are said to be unordered)
 */
public record ExportOptions(Clock clock, boolean overwrite, boolean csvBom, List<Path> fonts, boolean systemFonts,
                            ReportScope scope, Boolean drift, PublicationTimes times) {

    public ExportOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(times, "times");
        fonts = List.copyOf(fonts);
    }

    /** Options without publication times (for callers that know none). */
    public ExportOptions(Clock clock, boolean overwrite, boolean csvBom, List<Path> fonts, boolean systemFonts,
                         ReportScope scope, Boolean drift) {
        this(clock, overwrite, csvBom, fonts, systemFonts, scope, drift, PublicationTimes.NONE);
    }

    /**
     * The system clock in the system's time zone, no overwriting, no BOM, the fonts found on the system,
     * everything, the wording drift as the format has it, no known publication times.
     */
    public static ExportOptions defaults() {
        return new ExportOptions(Clock.systemDefaultZone(), false, false, List.of(), true, ReportScope.ALL, null);
    }

    public ExportOptions withClock(Clock c) {
        return new ExportOptions(c, overwrite, csvBom, fonts, systemFonts, scope, drift, times);
    }

    public ExportOptions withOverwrite(boolean replace) {
        return new ExportOptions(clock, replace, csvBom, fonts, systemFonts, scope, drift, times);
    }

    public ExportOptions withCsvBom(boolean bom) {
        return new ExportOptions(clock, overwrite, bom, fonts, systemFonts, scope, drift, times);
    }

    public ExportOptions withFonts(List<Path> files) {
        return new ExportOptions(clock, overwrite, csvBom, files, systemFonts, scope, drift, times);
    }

    public ExportOptions withSystemFonts(boolean search) {
        return new ExportOptions(clock, overwrite, csvBom, fonts, search, scope, drift, times);
    }

    public ExportOptions withScope(ReportScope s) {
        return new ExportOptions(clock, overwrite, csvBom, fonts, systemFonts, s, drift, times);
    }

    /** {@code null}: as the format has it. */
    public ExportOptions withDrift(Boolean show) {
        return new ExportOptions(clock, overwrite, csvBom, fonts, systemFonts, scope, show, times);
    }

    /** Whether the wording drift is shown in detail, for a format that shows it by default or not. */
    public boolean drift(boolean formatDefault) {
        return drift == null ? formatDefault : drift;
    }

    public ExportOptions withTimes(PublicationTimes t) {
        return new ExportOptions(clock, overwrite, csvBom, fonts, systemFonts, scope, drift, t);
    }
}
