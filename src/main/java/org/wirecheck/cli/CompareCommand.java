package org.wirecheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Options;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.report.JsonReport;
import org.wirecheck.report.TextReport;
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
                    + "--out naming an input file)",
            "3:fewer than two copies could be read, or the --reference copy could not be read"})
final class CompareCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json }

    @Option(names = "--reference", paramLabel = "FILE",
            description = "The copy to use as the base (one of the FILEs; its path or, when unique, its file name). "
                    + "Default: the copy most similar to all others.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of standard output.")
    String out;

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
            for (int i = 0; i < paths.size(); i++) {
                if (paths.get(i) != null && FilePaths.sameFile(outPath, paths.get(i))) {
                    return error(Main.USAGE, "--out " + out + " is one of the input files (" + files.get(i)
                            + "); refusing to write over it");
                }
            }
            if (Files.isDirectory(outPath)) {
                return error(Main.USAGE, "--out " + out + " is a folder; give a file name");
            }
            Path dir = outPath.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                return error(Main.USAGE, "--out " + out + ": folder " + dir + " does not exist");
            }
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

        List<Witness> witnesses = new ArrayList<>();
        Witness referenceWitness = null;
        for (int i = 0; i < files.size(); i++) {
            Witness w = load(files.get(i), paths.get(i));
            if (w != null) {
                witnesses.add(w);
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

        byte[] report;
        if (format == Format.json) {
            report = JsonReport.toJson(comparison).getBytes(StandardCharsets.UTF_8);
        } else {
            report = TextReport.render(comparison).getBytes(StandardCharsets.UTF_8);
            for (String w : comparison.warnings()) {
                stderr.println("wirecheck: warning: " + oneLine(w));
            }
        }
        try {
            if (outPath == null) {
                stdout.write(report);
                stdout.flush();
            } else {
                FilePaths.writeAtomically(outPath, report);
            }
        } catch (IOException e) {
            return error(Main.FAILED, out + ": cannot write the report: " + reason(e));
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
