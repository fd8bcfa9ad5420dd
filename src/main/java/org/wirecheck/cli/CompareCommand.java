package org.wirecheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.Review;
import org.wirecheck.report.export.Exporter;
import org.wirecheck.report.export.ReportFormat;
import org.wirecheck.text.Witness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wirecheck compare}: loads the copies, compares them and writes the report. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false,
        description = "Compares two or more copies of one story (plain text, Markdown or HTML files).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "1:the comparison or writing the report failed",
            "2:usage error (unknown option, bad value, no files, --reference not among the files, "
                    + "--out naming an input file, or an existing --out file without --force, a --review file that "
                    + "cannot be read)",
            "3:fewer than two copies could be read, or the --reference copy could not be read"})
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The copies to compare.")
    List<String> files;

    private final PrintStream stdout;
    private final PrintStream stderr;

    CompareCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(toPath(f));
        }
        Path outPath = null;
        if (out != null) {
            outPath = toPath(out);
            if (outPath == null) {
                return error(Main.USAGE, "--out " + out + ": not a valid path");
            }
            List<OutputCheck.Input> inputs = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                inputs.add(OutputCheck.Input.copy(paths.get(i), files.get(i)));
            }
            if (review != null) {
                inputs.add(new OutputCheck.Input(toPath(review), "the --review file"));
            }
            try {
                OutputCheck.check(outPath, force, inputs);
            } catch (OutputRefusedException e) {
                return refused(e);
            }
        }
        org.wirecheck.review.ReviewDocument reviewDoc = null;
        if (review != null) {
            try {
                reviewDoc = ReviewOption.read(review);
            } catch (org.wirecheck.review.ReviewFileException e) {
                return error(Main.USAGE, "--review " + oneLine(e.getMessage()) + " (the file was left as it was)");
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
            List<Integer> matches = FilePaths.matching(toPath(reference), reference, paths);
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
                return error(Main.USAGE, "--published " + oneLine(p) + ": " + bad);
            }
        }

        List<Witness> witnesses = new ArrayList<>();
        Map<Witness, Instant> witnessTimes = new IdentityHashMap<>();
        Witness referenceWitness = null;
        for (int i = 0; i < files.size(); i++) {
            Witness w = load(files.get(i), paths.get(i));
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
                stderr.println("wirecheck: warning: " + oneLine(w));
            }
        }
        Review verdicts = reviewDoc == null ? Review.NONE
                : ReviewOption.apply(reviewDoc, review, paths, comparison, stderr);
        ExportOptions export = ExportOptions.defaults().withOverwrite(force).withCsvBom(csvBom).withFonts(fonts)
                .withTimes(Published.byCopy(comparison, witnessTimes));
        try {
            if (outPath == null) {
                stdout.write(Exporter.render(comparison, verdicts, format.format, export));
                stdout.flush();
            } else {
                Exporter.write(comparison, verdicts, format.format, outPath, export);
            }
        } catch (OutputRefusedException e) {
            return refused(e);
        } catch (IOException | RuntimeException e) {
            return error(Main.FAILED, (out == null ? "standard output" : out) + ": cannot write the report: "
                    + reason(e));
        }
        return Main.OK;
    }

    /** The copy, or {@code null} after one line on standard error saying why it cannot be read. */
    private Witness load(String arg, Path path) {
        if (path == null) {
            stderr.println("wirecheck: " + oneLine(arg) + ": not a valid path");
            return null;
        }
        try {
            return Loader.load(path);
        } catch (LoadException e) {
            stderr.println("wirecheck: " + oneLine(arg) + ": " + reason(e));
        } catch (RuntimeException e) {
            stderr.println("wirecheck: " + oneLine(arg) + ": cannot read: " + reason(e));
        }
        return null;
    }

    private int refused(OutputRefusedException e) {
        return error(Main.USAGE, "--out " + oneLine(e.getMessage())
                + (e.reason() == OutputRefusedException.Reason.EXISTS ? "; add --force to replace it" : ""));
    }

    private int error(int code, String message) {
        stderr.println("wirecheck: " + message);
        return code;
    }

    private static Path toPath(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : oneLine(m);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
