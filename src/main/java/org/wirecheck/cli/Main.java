package org.wirecheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wirecheck.report.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code wirecheck compare [--reference FILE] [--format text|json|html|pdf|md|csv] [--out FILE]
 * [--force] [--csv-bom] [--pdf-font FONT] FILE...}.
 *
 * <p>Exit codes: {@value #OK} done, {@value #FAILED} the comparison or writing the report failed, {@value #USAGE}
 * usage error, {@value #TOO_FEW} fewer than two copies could be read (or the reference copy could not be read).
 * Everything written is UTF-8 whatever the platform's default encoding.
 */
@Command(name = "wirecheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compares syndicated copies of a news story and lists where they disagree.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'wirecheck compare --help' for the options of a comparison."})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int TOO_FEW = 3;

    /**
     * PDFBox logs notes about the fonts it reads (unsupported optional tables, font caches) that mean nothing to a
     * user of the command line; only its errors are shown. Held here so that the settings are not collected.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    @Spec
    CommandSpec spec;

    /** Runs the command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.addSubcommand("compare", new CompareCommand(out, err));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cmd.setOut(outWriter);
        cmd.setErr(errWriter);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            errWriter.println("wirecheck: internal error: " + e);
            return FAILED;
        });
        int code = cmd.execute(args);
        outWriter.flush();
        errWriter.flush();
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** {@code wirecheck} without a command is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command, for example: wirecheck compare a.txt b.txt");
    }

    /** Supplies {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolVersion.nameAndVersion()};
        }
    }
}
