package org.wirecheck.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Options;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.text.Witness;

/**
 * Background work of one run: reads the files not read yet, compares all copies and computes each copy's
 * highlighting. Runs off the FX thread; progress and message report each step. Files that cannot be read are left
 * out with a message naming them and the reason; the others are compared.
 */
final class CompareTask extends Task<ReaderResult> {

    private final List<Path> files;
    private final Map<Path, Witness> cache;
    private final Path reference;

    /**
     * @param files     the files to show, in the order given (absolute, normalised)
     * @param cache     copies already read (never read again)
     * @param reference the file to use as base, or null to let the engine choose
     */
    CompareTask(List<Path> files, Map<Path, Witness> cache, Path reference) {
        this.files = List.copyOf(files);
        this.cache = Map.copyOf(cache);
        this.reference = reference;
    }

    @Override
    protected ReaderResult call() {
        long t0 = System.nanoTime();
        int steps = files.size() + 2;
        Map<Path, Witness> read = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> failed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            updateMessage("Reading " + f.getFileName() + "…");
            updateProgress(i, steps);
            Witness w = cache.get(f);
            if (w == null) {
                try {
                    w = Loader.load(f);
                } catch (LoadException e) {
                    problems.add(f.getFileName() + ": " + e.reason() + " (" + f + ")");
                    failed.add(f);
                    continue;
                } catch (RuntimeException e) {
                    problems.add(f.getFileName() + ": cannot be read: " + e.getMessage() + " (" + f + ")");
                    failed.add(f);
                    continue;
                }
            }
            read.put(f, w);
        }
        if (isCancelled()) {
            return null;
        }
        Comparison comparison = null;
        if (read.size() >= 2) {
            updateMessage("Comparing " + read.size() + " copies…");
            updateProgress(files.size(), steps);
            try {
                Path ref = reference != null && read.containsKey(reference) ? reference : null;
                Options options = ref == null ? Options.defaults() : Options.withReference(ref.toString());
                comparison = Comparer.compare(new ArrayList<>(read.values()), options);
            } catch (RuntimeException e) {
                problems.add("The comparison failed: " + e.getMessage());
            }
        }
        if (comparison != null) {
            problems.addAll(comparison.warnings());
        }
        updateMessage("Highlighting…");
        updateProgress(files.size() + 1, steps);
        List<PaneCopy> panes = comparison != null ? comparedPanes(comparison, read) : uncomparedPanes(read);
        PassageMap passages = new PassageMap(comparison != null ? comparison.passages() : List.of());
        updateProgress(steps, steps);
        return new ReaderResult(panes, comparison, passages, problems, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<PaneCopy> comparedPanes(Comparison comparison, Map<Path, Witness> read) {
        Map<String, Path> bySource = new HashMap<>();
        read.forEach((p, w) -> bySource.put(w.source(), p));
        List<PaneCopy> out = new ArrayList<>();
        for (Copy c : comparison.copies()) {
            Path p = bySource.getOrDefault(c.witness().source(), Path.of(c.witness().source()));
            out.add(new PaneCopy(c.id(), p, c.witness(), c, Highlighter.marks(comparison, c)));
        }
        return out;
    }

    private static List<PaneCopy> uncomparedPanes(Map<Path, Witness> read) {
        List<Map.Entry<Path, Witness>> entries = new ArrayList<>(read.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Path, Witness> e) -> e.getValue().name()));
        List<PaneCopy> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            out.add(new PaneCopy(String.valueOf((char) ('A' + Math.min(i, 25))), e.getKey(), e.getValue(), null, null));
        }
        return out;
    }
}
