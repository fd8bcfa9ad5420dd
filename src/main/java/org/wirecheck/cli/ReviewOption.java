package org.wirecheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.compare.Comparison;
import org.wirecheck.files.OutputCheck;
import org.wirecheck.review.Digests;
import org.wirecheck.review.ReviewDocument;
import org.wirecheck.review.ReviewFile;
import org.wirecheck.review.ReviewFileException;
import org.wirecheck.review.ReviewState;
import org.wirecheck.review.SavedCopy;
import org.wirecheck.text.Texts;

/**
 * {@code --review FILE}: the verdicts and notes of a review file saved by the window, for the report. When the
 * review's copies differ from the files given (other files, changed files), it says so on standard error and still
 * applies every verdict whose discrepancy (by key) is found.
 */
final class ReviewOption {

    private ReviewOption() {
    }

    /**
     * Reads the review file named by {@code arg}.
     *
     * @throws ReviewFileException with a message for people when it is missing, damaged or of a newer version; the
     *                             file is left as it was
     */
    static ReviewDocument read(String arg) throws ReviewFileException {
        Path file;
        try {
            file = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new ReviewFileException(Path.of("review"), "not a valid path: " + arg);
        }
        return ReviewFile.read(file);
    }

    /**
     * The review to report with, after one warning line per difference between its copies and {@code inputs} (the
     * files given, null where the argument was a web address or not a path) and one about verdicts whose
     * discrepancy is not in {@code comparison}. A fetched copy of the review matches the same address in
     * {@code args}.
     */
    static ReviewState apply(ReviewDocument doc, String arg, List<String> args, List<Path> inputs,
                             Comparison comparison, PrintStream err) {
        String prefix = "wirecheck: warning: --review " + Texts.oneLine(arg) + ": ";
        List<String> digests = new ArrayList<>();
        for (Path p : inputs) {
            digests.add(digest(p));
        }
        int n = doc.copies().size();
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        Set<Integer> matched = new HashSet<>();
        // first the same file with the same content, then the same content elsewhere, then the same file changed
        for (int pass = 0; pass < 3; pass++) {
            for (int c = 0; c < n; c++) {
                SavedCopy copy = doc.copies().get(c);
                for (int i = 0; i < inputs.size() && match[c] < 0; i++) {
                    Path p = inputs.get(i);
                    boolean sameContent = digests.get(i) != null && digests.get(i).equalsIgnoreCase(copy.sha256());
                    boolean samePath = p != null && sameFile(p, copy.path());
                    // a page fetched again matches its address, whatever it holds now
                    boolean sameAddress = p == null && !copy.fromFile() && args.get(i).strip().equals(copy.path());
                    boolean fits = sameAddress || (pass == 0 ? samePath && sameContent
                            : pass == 1 ? sameContent : samePath);
                    if (fits && !matched.contains(i)) {
                        match[c] = i;
                        matched.add(i);
                        if (pass == 2) {
                            err.println(prefix + copy.name() + " changed since the review; verdicts apply where "
                                    + "its discrepancies are still found");
                        }
                    }
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (match[c] < 0) {
                SavedCopy copy = doc.copies().get(c);
                err.println(prefix + "the review's copy " + copy.name() + " (" + copy.path() + ") is not among the "
                        + "files given");
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (!matched.contains(i) && inputs.get(i) != null && digests.get(i) != null) {
                err.println(prefix + inputs.get(i) + " is not in the review");
            }
        }
        ReviewState state = doc.state();
        int orphans = state.orphans(comparison.discrepancies()).size();
        if (orphans > 0) {
            err.println(prefix + orphans + " of " + state.size() + " reviewed discrepancies are not in this "
                    + "comparison; their verdicts are left out of the report");
        }
        return state;
    }

    private static boolean sameFile(Path p, String recorded) {
        try {
            return OutputCheck.sameFile(p, Path.of(recorded));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String digest(Path p) {
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return Digests.sha256(p);
        } catch (IOException e) {
            return null;
        }
    }
}
