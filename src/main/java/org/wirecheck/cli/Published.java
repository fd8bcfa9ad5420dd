package org.wirecheck.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.KnownTimes;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.text.Witness;

/** {@code --published FILE=TIME}: publication times the user gives for the copies. */
final class Published {

    private Published() {
    }

    /**
     * Reads one {@code FILE=TIME} into {@code times} (by the file's index among {@code paths}); returns why it cannot
     * be read, or null.
     */
    static String read(String arg, List<Path> paths, Map<Integer, Instant> times) {
        int eq = arg.lastIndexOf('=');
        if (eq <= 0) {
            return "expected FILE=TIME";
        }
        String file = arg.substring(0, eq);
        Optional<Instant> time = PublicationTimes.parse(arg.substring(eq + 1));
        if (time.isEmpty()) {
            return "not a time with a zone (e.g. 2026-12-07T04:10:00Z)";
        }
        List<Integer> matches = FilePaths.matching(CompareCommand.toPath(file), file, paths);
        if (matches.size() != 1) {
            return matches.isEmpty() ? "not one of the files to compare" : "matches several files; give its path";
        }
        times.put(matches.get(0), time.get());
        return null;
    }

    /**
     * The times by the compared copies' ids: those the copies carry ({@link KnownTimes}), each replaced by the
     * publication time given with {@code --published}.
     */
    static PublicationTimes byCopy(Comparison comparison, Map<Witness, Instant> times) {
        PublicationTimes out = KnownTimes.of(comparison);
        for (Copy c : comparison.copies()) {
            Instant t = times.get(c.witness());
            if (t != null) {
                out = out.with(c.id(), t, PublicationTimes.Basis.PUBLISHED);
            }
        }
        return out;
    }
}
