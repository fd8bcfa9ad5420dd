package org.wirecheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirecheck.files.OutputCheck;

/** File helpers of the command line: which of the inputs an argument names. */
final class FilePaths {

    private FilePaths() {
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
            if (OutputCheck.sameFile(wanted, p)) {
                same.add(i);
            } else if (wanted.getParent() == null && p.getFileName() != null
                    && p.getFileName().toString().equals(text)) {
                byName.add(i);
            }
        }
        return same.isEmpty() ? byName : same;
    }

    /** The indexes of the {@code args} equal to {@code text} (after stripping): a web address given twice. */
    static List<Integer> sameText(String text, List<String> args) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).strip().equals(text.strip())) {
                out.add(i);
            }
        }
        return out;
    }
}
