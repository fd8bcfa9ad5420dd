package org.wirecheck.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.wirecheck.files.OutputRefusedException.Reason;

/**
 * Whether a file may be written: not over one of the inputs, not over a folder, only into a folder that exists, and
 * over an existing file only when replacing is allowed. Checked before long work starts, and again when writing.
 */
public final class OutputCheck {

    /**
     * A file that is read and must never be written over, with how a refusal names it to people
     * ({@code "the --review file"}); a null path is ignored.
     */
    public record Input(Path path, String description) {

        /** A compared copy, named by {@code label} ({@code "B, story.txt"}). */
        public static Input copy(Path path, String label) {
            return new Input(path, "one of the compared copies (" + label + ")");
        }
    }

    private OutputCheck() {
    }

    /**
     * Checks {@code out} without writing anything.
     *
     * @throws OutputRefusedException with the reason when it may not be written
     */
    public static void check(Path out, boolean overwrite, List<Input> inputs) throws OutputRefusedException {
        Path abs = out.toAbsolutePath();
        for (Input input : inputs) {
            if (input.path() != null && sameFile(abs, input.path())) {
                throw new OutputRefusedException(out, Reason.INPUT, out + " is " + input.description()
                        + "; refusing to write over it");
            }
        }
        if (Files.isDirectory(abs)) {
            throw new OutputRefusedException(out, Reason.FOLDER, out + " is a folder; give a file name");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputRefusedException(out, Reason.NO_FOLDER, out + ": folder " + dir + " does not exist");
        }
        if (!overwrite && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(out, Reason.EXISTS, out + " already exists");
        }
    }

    /**
     * Whether two paths name one file: the same normalised absolute path, or the same file on disk (links followed).
     */
    public static boolean sameFile(Path a, Path b) {
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
}
