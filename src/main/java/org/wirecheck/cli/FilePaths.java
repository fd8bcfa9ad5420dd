package org.wirecheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** File helpers of the command line: telling whether two paths name one file, and replacing a file atomically. */
final class FilePaths {

    private FilePaths() {
    }

    /** Whether the two paths name the same file: the same file on disk (links followed) or the same absolute path. */
    static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * The indexes of the {@code inputs} that {@code wanted} names: those that are the same file; when there are
     * none and {@code text} is a bare file name, the inputs with that file name.
     */
    static List<Integer> matching(Path wanted, String text, List<Path> inputs) {
        List<Integer> same = new ArrayList<>();
        List<Integer> byName = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path p = inputs.get(i);
            if (p == null || wanted == null) {
                continue;
            }
            if (sameFile(wanted, p)) {
                same.add(i);
            } else if (wanted.getParent() == null && p.getFileName() != null
                    && p.getFileName().toString().equals(text)) {
                byName.add(i);
            }
        }
        return same.isEmpty() ? byName : same;
    }

    /**
     * Replaces {@code target} with {@code data}: writes a temporary file in the same folder, then moves it over the
     * target in one step, so that a reader never sees a half-written report and a failure leaves the old file.
     */
    static void writeAtomically(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                os.write(data);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
