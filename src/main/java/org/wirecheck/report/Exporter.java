package org.wirecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.report.ExportRefusedException.Reason;

/**
 * Exports a discrepancy report in any format: the one entry point of the window (File &gt; Export report...) and
 * of the command line ({@code --format ... --out FILE}).
 *
 * <p>Writing is atomic: the report is made in memory, written to a temporary file in the target's folder, flushed
 * to disk, then moved over the target in one step. An export that fails or is interrupted never leaves a
 * half-written report and never replaces an existing file with a broken one. An existing file is replaced only
 * when {@link ExportOptions#overwrite()} allows it (without it, even a file that appears while the report is being
 * written is left alone), and one of the compared copies is never written over.
 */
public final class Exporter {

    /** The report formats. */
    public enum Format {
        TEXT("txt", "Plain text"),
        JSON("json", "JSON (schema version 1)"),
        HTML("html", "HTML page"),
        PDF("pdf", "PDF document"),
        MD("md", "Markdown"),
        CSV("csv", "CSV table (spreadsheets)");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        /** The usual file name extension, without the dot ({@code "html"}). */
        public String extension() {
            return extension;
        }

        /** A name for people, e.g. in a file chooser ({@code "HTML page"}). */
        public String description() {
            return description;
        }

        /** The format a file name's extension suggests ({@code report.htm} is HTML), if any. */
        public static Optional<Format> forFileName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            return switch (ext) {
                case "txt", "text" -> Optional.of(TEXT);
                case "json" -> Optional.of(JSON);
                case "html", "htm" -> Optional.of(HTML);
                case "pdf" -> Optional.of(PDF);
                case "md", "markdown" -> Optional.of(MD);
                case "csv" -> Optional.of(CSV);
                default -> Optional.empty();
            };
        }
    }

    /** Writes the body of a file. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Exporter() {
    }

    /**
     * Writes the report of {@code comparison} to {@code out} atomically.
     *
     * @throws ExportRefusedException when {@code out} is one of the compared copies, a folder, in a folder that does
     *                                not exist, or exists while {@code opts.overwrite()} is false; nothing is written
     * @throws IOException            when making or writing the report fails; {@code out} is then as it was
     */
    public static void write(Comparison comparison, Review review, Format format, Path out, ExportOptions opts)
            throws IOException {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(opts, "opts");
        check(comparison, out, opts);
        byte[] data = render(comparison, review, format, opts);
        writeAtomically(out, opts.overwrite(), os -> os.write(data));
    }

    /** The report's bytes, for writing elsewhere (standard output, a preview). */
    public static byte[] render(Comparison comparison, Review review, Format format, ExportOptions opts)
            throws IOException {
        Review r = review == null ? Review.NONE : review;
        return switch (format) {
            case TEXT -> TextReport.render(comparison, r).getBytes(StandardCharsets.UTF_8);
            case JSON -> JsonReport.toJson(comparison, r).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlReport.render(ReportModel.of(comparison, r, opts.clock())).getBytes(StandardCharsets.UTF_8);
            case MD -> MarkdownReport.render(ReportModel.of(comparison, r, opts.clock()))
                    .getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvReport.bytes(ReportModel.of(comparison, r, opts.clock()), opts.csvBom());
            case PDF -> PdfReport.render(ReportModel.of(comparison, r, opts.clock()), opts.fonts(),
                    opts.systemFonts());
        };
    }

    /**
     * Checks that the report may be written to {@code out}, without writing anything (the window and the command
     * line call it before the work starts, {@link #write} calls it again).
     *
     * @throws ExportRefusedException with the reason when it may not
     */
    public static void check(Comparison comparison, Path out, ExportOptions opts) throws ExportRefusedException {
        Path abs = out.toAbsolutePath();
        for (Copy copy : comparison.copies()) {
            Path source = toPath(copy.witness().source());
            if (source != null && sameFile(abs, source)) {
                throw new ExportRefusedException(out, Reason.INPUT, out + " is one of the compared copies ("
                        + copy.id() + ", " + copy.witness().name() + "); refusing to write over it");
            }
        }
        if (Files.isDirectory(abs)) {
            throw new ExportRefusedException(out, Reason.FOLDER, out + " is a folder; give a file name");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportRefusedException(out, Reason.NO_FOLDER, "folder " + dir + " does not exist");
        }
        if (!opts.overwrite() && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportRefusedException(out, Reason.EXISTS, out + " already exists");
        }
    }

    /** Whether two paths name one file: the same normalised absolute path, or the same file on disk. */
    static boolean sameFile(Path a, Path b) {
        Path na = a.toAbsolutePath().normalize();
        Path nb = b.toAbsolutePath().normalize();
        if (na.equals(nb)) {
            return true;
        }
        if (Files.exists(na) && Files.exists(nb)) {
            try {
                return Files.isSameFile(na, nb);
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static Path toPath(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Writes a file atomically: the body goes to a new temporary file next to the target, is forced to disk, and
     * the temporary file then takes the target's place in one step ({@code ATOMIC_MOVE}, else
     * {@code REPLACE_EXISTING}). Without {@code overwrite}, the file is linked into place only if nothing is there
     * yet. The temporary file is gone afterwards, whatever happens (short of the process being killed).
     *
     * @throws ExportRefusedException when {@code overwrite} is false and the target exists
     */
    static void writeAtomically(Path target, boolean overwrite, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null) {
            throw new IOException(target + ": no folder to write in");
        }
        String name = abs.getFileName().toString();
        Path tmp = dir.resolve("." + (name.length() > 100 ? name.substring(0, 100) : name) + "."
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream os = Channels.newOutputStream(ch)) {
                body.writeTo(os);
                os.flush();
                ch.force(true);
            }
            if (overwrite) {
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                placeWithoutReplacing(tmp, abs, target);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Puts the temporary file in place only if the target does not exist, in one step where links are supported. */
    private static void placeWithoutReplacing(Path tmp, Path abs, Path target) throws IOException {
        try {
            Files.createLink(abs, tmp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw new ExportRefusedException(target, Reason.EXISTS, target + " already exists");
        } catch (UnsupportedOperationException | IOException e) {
            // no hard links on this file system: check, then move without replacing
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportRefusedException(target, Reason.EXISTS, target + " already exists");
        }
        try {
            Files.move(tmp, abs);
        } catch (FileAlreadyExistsException e) {
            throw new ExportRefusedException(target, Reason.EXISTS, target + " already exists");
        }
    }

    /** Makes the new directory entry durable where the platform allows it (not on Windows). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
