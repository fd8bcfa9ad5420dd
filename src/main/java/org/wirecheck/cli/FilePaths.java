package org.wirecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** File helpers of the command line: telling whether two paths name one file. */
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
}
