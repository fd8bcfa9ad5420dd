package org.wirecheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Options;
import org.wirecheck.files.OutputCheck;
import org.wirecheck.files.OutputRefusedException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.ingest.WebFetcher;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.ReportScope;
import org.wirecheck.report.Review;
import org.wirecheck.report.export.EvidenceBundle;
import org.wirecheck.report.export.Exporter;
import org.wirecheck.report.export.ReportFormat;
import org.wirecheck.text.Witness;
import org.wirecheck.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wirecheck compare}: loads the copies, compares them and writes the report. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false,
        description = "Compares two or more copies of one story: plain text, Markdown, HTML, Word (.docx), "
                + "OpenDocument (.odt) or PDF files, or web addresses (http://, https://), fetched and read like "
                + "HTML files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "1:the comparison or writing the report failed",
            "2:usage error (unknown option, bad value, no files, --reference not among the files, "
                    + "--out naming an input file, or an existing --out file without --force, a --review file that "
                    + "cannot be read)",
            "3:fewer than two copies could be read or fetched, or the --reference copy could not be read"})
final class CompareCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format {
        text(ReportFormat.TEXT), json(ReportFormat.JSON), html(ReportFormat.HTML), pdf(ReportFormat.PDF),
        md(ReportFormat.MD), csv(ReportFormat.CSV), tei(ReportFormat.TEI), matrix_csv(ReportFormat.MATRIX_CSV);

        final ReportFormat format;

        Format(ReportFormat format) {
            this.format = format;
        }

        /** The name on the command line: {@code matrix-csv} for {@code matrix_csv}. */
        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Option(names = "--reference", paramLabel = "FILE",
            description = "The copy to use as the base (one of the FILEs; its path or, when unique, its file name). "
                    + "Default: the copy most similar to all others.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output. An existing FILE is "
                    + "replaced only with --force; one of the copies never is.")
    String out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(names = "--csv-bom", description = "Start a CSV report with a byte order mark, so that spreadsheet "
            + "programs read it as UTF-8.")
    boolean csvBom;

    @Option(names = "--pdf-font", paramLabel = "FONT",
            description = "A TrueType font file (.ttf, .ttc) for the PDF report, tried before the fonts named in "
                    + "WIRECHECK_PDF_FONT and those installed on the system (repeatable).")
    List<String> pdfFonts = new ArrayList<>();

    @Option(names = "--review", paramLabel = "FILE",
            description = "A review file (.wirecheck) saved by the window: the report shows its verdicts and notes.")
    String review;

    @Option(names = "--published", paramLabel = "FILE=TIME",
            description = "When copy FILE was published (ISO 8601 with a zone, e.g. 2026-12-07T04:10:00Z; "
                    + "repeatable): the HTML and JSON reports order the copies and name the earliest copy and each "
                    + "version's likely source by it. Copies without a time are listed as unordered.")
    List<String> published = new ArrayList<>();

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "all",
            description = "Which discrepancies the report covers: all (default), facts (the high items), "
                    + "confirmed (the confirmed errors of the --review file).")
    String scope;

    @Option(names = "--drift", negatable = true,
            description = "Detail the wording drift (medium and low items) too; default: on, except in a PDF "
                    + "(--no-drift leaves it out of every format; it is counted either way).")
    Boolean drift;

    @Option(names = "--evidence", paramLabel = "FILE.zip",
            description = "Also write the evidence bundle: a zip with each copy's original bytes and compared text, "
                    + "the report (HTML and JSON) and a manifest of SHA-256 hashes, addresses and times. Replaced "
                    + "only with --force.")
    String evidence;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "The copies to compare: files or web addresses.")
    List<String> files;

    /** Fetches the web addresses; tests give one with short limits. */
    WebFetcher fetcher = new WebFetcher();

    private final PrintStream stdout;
    private final PrintStream stderr;

    CompareCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        ReportScope reportScope = ReportScope.named(scope).orElse(null);
        if (reportScope == null) {
            return error(Main.USAGE, "--scope " + Texts.oneLine(scope) + ": expected all, facts or confirmed");
        }
        if (reportScope.kind() == ReportScope.Kind.CONFIRMED && review == null) {
            return error(Main.USAGE, "--scope confirmed needs --review FILE (the verdicts come from the review)");
        }
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(Loader.isWebAddress(f) ? null : toPath(f));
        }
        Path outPath = null;
        if (out != null) {
            outPath = toPath(out);
            if (outPath == null) {
                return error(Main.USAGE, "--out " + out + ": not a valid path");
            }
            try {
                OutputCheck.check(outPath, force, inputs(paths, null));
            } catch (OutputRefusedException e) {
                return refused("--out ", e);
            }
        }
        Path evidencePath = null;
        if (evidence != null) {
            evidencePath = toPath(evidence);
            if (evidencePath == null) {
                return error(Main.USAGE, "--evidence " + evidence + ": not a valid path");
            }
            try {
                OutputCheck.check(evidencePath, force, inputs(paths, outPath));
            } catch (OutputRefusedException e) {
                return refused("--evidence ", e);
            }
        }
        org.wirecheck.review.ReviewDocument reviewDoc = null;
        if (review != null) {
            try {
                reviewDoc = ReviewOption.read(review);
            } catch (org.wirecheck.review.ReviewFileException e) {
                return error(Main.USAGE, "--review " + Texts.oneLine(e.getMessage())
                        + " (the file was left as it was)");
            }
        }
        List<Path> fonts = new ArrayList<>();
        for (String f : pdfFonts) {
            Path p = toPath(f);
            if (p == null || !Files.isRegularFile(p)) {
                return error(Main.USAGE, "--pdf-font " + f + ": no such font file");
            }
            fonts.add(p);
        }
        if (csvBom && format != Format.csv) {
            stderr.println("wirecheck: warning: --csv-bom applies to --format csv only; ignored");
        }
        if (!fonts.isEmpty() && format != Format.pdf) {
            stderr.println("wirecheck: warning: --pdf-font applies to --format pdf only; ignored");
        }
        int referenceIndex = -1;
        if (reference != null) {
            List<Integer> matches = Loader.isWebAddress(reference) ? FilePaths.sameText(reference, files)
                    : FilePaths.matching(toPath(reference), reference, paths);
            if (matches.isEmpty()) {
                return error(Main.USAGE, "--reference " + reference + " is not one of the files to compare");
            }
            if (matches.size() > 1) {
                return error(Main.USAGE, "--reference " + reference + " matches several of the files to compare; "
                        + "give its path");
            }
            referenceIndex = matches.get(0);
        }

        Map<Integer, Instant> times = new HashMap<>();
        for (String p : published) {
            String bad = Published.read(p, paths, times);
            if (bad != null) {
                return error(Main.USAGE, "--published " + Texts.oneLine(p) + ": " + bad);
            }
        }

        List<Witness> witnesses = new ArrayList<>();
        Map<Witness, Instant> witnessTimes = new IdentityHashMap<>();
        Witness referenceWitness = null;
        List<Witness> read = new Copies(fetcher, stderr).read(files, paths);
        for (int i = 0; i < files.size(); i++) {
            Witness w = read.get(i);
            if (w != null) {
                witnesses.add(w);
                if (times.containsKey(i)) {
                    witnessTimes.put(w, times.get(i));
                }
                if (i == referenceIndex) {
                    referenceWitness = w;
                }
            }
        }
        if (witnesses.size() < 2) {
            return error(Main.TOO_FEW, "need at least two readable copies to compare, "
                    + (witnesses.isEmpty() ? "none" : "only one") + " could be read");
        }
        if (referenceIndex >= 0 && referenceWitness == null) {
            return error(Main.TOO_FEW, "the --reference copy " + reference + " could not be read");
        }

        Options options = referenceWitness == null ? Options.defaults()
                : Options.withReference(referenceWitness.source());
        Comparison comparison;
        try {
            comparison = Comparer.compare(witnesses, options);
        } catch (RuntimeException e) {
            return error(Main.FAILED, "comparison failed: " + reason(e));
        }

        if (format == Format.text) {
            for (String w : comparison.warnings()) {
                stderr.println("wirecheck: warning: " + Texts.oneLine(w));
            }
        }
        Review verdicts = reviewDoc == null ? Review.NONE
                : ReviewOption.apply(reviewDoc, review, files, paths, comparison, stderr);
        ExportOptions export = ExportOptions.defaults().withOverwrite(force).withCsvBom(csvBom).withFonts(fonts)
                .withScope(reportScope).withDrift(drift)
                .withTimes(Published.byCopy(comparison, witnessTimes));
        try {
            if (outPath == null) {
                stdout.write(Exporter.render(comparison, verdicts, format.format, export));
                stdout.flush();
            } else {
                Exporter.write(comparison, verdicts, format.format, outPath, export);
            }
        } catch (OutputRefusedException e) {
            return refused("--out ", e);
        } catch (IOException | RuntimeException e) {
            return error(Main.FAILED, (out == null ? "standard output" : out) + ": cannot write the report: "
                    + reason(e));
        }
        if (evidencePath != null) {
            try {
                EvidenceBundle.write(comparison, verdicts, evidencePath, export, Clock.systemUTC());
            } catch (OutputRefusedException e) {
                return refused("--evidence ", e);
            } catch (IOException | RuntimeException e) {
                return error(Main.FAILED, evidence + ": cannot write the evidence bundle: " + reason(e));
            }
        }
        return Main.OK;
    }

    /** The files the outputs must not replace: the copies read from files, the review, the report. */
    private List<OutputCheck.Input> inputs(List<Path> paths, Path report) {
        List<OutputCheck.Input> inputs = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) != null) {
                inputs.add(OutputCheck.Input.copy(paths.get(i), files.get(i)));
            }
        }
        if (review != null && toPath(review) != null) {
            inputs.add(new OutputCheck.Input(toPath(review), "the --review file"));
        }
        if (report != null) {
            inputs.add(new OutputCheck.Input(report, "the --out report"));
        }
        return inputs;
    }

    private int refused(String option, OutputRefusedException e) {
        return error(Main.USAGE, option + Texts.oneLine(e.getMessage())
                + (e.reason() == OutputRefusedException.Reason.EXISTS ? "; add --force to replace it" : ""));
    }

    private int error(int code, String message) {
        stderr.println("wirecheck: " + message);
        return code;
    }

    /** The path a command-line argument names, or null when it names none. */
    static Path toPath(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : Texts.oneLine(m);
    }
}
