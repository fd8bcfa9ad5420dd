package org.wirecheck.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.files.AtomicWriter;
import org.wirecheck.files.OutputCheck;
import org.wirecheck.files.OutputRefusedException;
import org.wirecheck.files.PathText;
import org.wirecheck.report.ExportOptions;
import org.wirecheck.report.Review;
import org.wirecheck.text.Origin;

/**
 * Exports a discrepancy report in any format: the one entry point of the window (File &gt; Export report...) and
 * of the command line ({@code --format ... --out FILE}).
 *
 * <p>The report is made in memory, then written with {@link AtomicWriter}: an export that fails or is interrupted
 * never leaves a half-written report and never replaces an existing file with a broken one. An existing file is
 * replaced only when {@link ExportOptions#overwrite()} allows it, and one of the compared copies never is
 * ({@link OutputCheck}).
 */
public final class Exporter {

    private Exporter() {
    }

    /**
     * Writes the report of {@code comparison} to {@code out} atomically.
     *
     * @throws OutputRefusedException when {@code out} is one of the compared copies, a folder, in a folder that does
     *                                not exist, or exists while {@code opts.overwrite()} is false; nothing is written
     * @throws IOException            when making or writing the report fails; {@code out} is then as it was
     */
    public static void write(Comparison comparison, Review review, ReportFormat format, Path out, ExportOptions opts)
            throws IOException {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(opts, "opts");
        check(comparison, out, opts);
        byte[] data = render(comparison, review, format, opts);
        AtomicWriter.write(out, opts.overwrite(), os -> os.write(data));
    }

    /** The report's bytes, for writing elsewhere (standard output, a preview). */
    public static byte[] render(Comparison comparison, Review review, ReportFormat format, ExportOptions opts)
            throws IOException {
        return format.renderer().render(comparison, review == null ? Review.NONE : review, opts);
    }

    /**
     * Checks that the report may be written to {@code out}, without writing anything (the window and the command
     * line call it before the work starts, {@link #write} calls it again).
     *
     * @throws OutputRefusedException with the reason when it may not
     */
    public static void check(Comparison comparison, Path out, ExportOptions opts) throws OutputRefusedException {
        List<OutputCheck.Input> inputs = new ArrayList<>();
        for (Copy copy : comparison.copies()) {
            if (copy.witness().origin().kind() != Origin.Kind.FILE) {
                continue; // fetched or pasted: no file to protect
            }
            Path source = PathText.parse(copy.witness().source());
            if (source != null) {
                inputs.add(OutputCheck.Input.copy(source, copy.id() + ", " + copy.witness().name()));
            }
        }
        OutputCheck.check(out, opts.overwrite(), inputs);
    }
}
