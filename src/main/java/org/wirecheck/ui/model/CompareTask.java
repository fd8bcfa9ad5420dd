package org.wirecheck.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.CopyDrift;
import org.wirecheck.compare.Options;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.review.Digests;
import org.wirecheck.text.Witness;

/**
 * Background work of one run: reads the files not read yet, compares all copies and computes each copy's
 * highlighting. Runs off the FX thread; progress and message follow the engine's own stages. Cancelling the task
 * stops the comparison at its next stage (a newer run replaces this one). Files that cannot be read are left out
 * with a message naming them and the reason; the others are compared.
 */
final class CompareTask extends Task<ReaderResult> {

    /** Share of the run spent reading files, and where highlighting starts. */
    private static final double READ = 0.1;
    private static final double HIGHLIGHT = 0.92;

    private final List<Path> files;
    private final Map<Path, LoadedCopy> cache;
    private final Path reference;

    /**
     * @param files     the files to show, in the order given (absolute, normalised)
     * @param cache     copies already read (never read again)
     * @param reference the file to use as base, or null to let the engine choose
     */
    CompareTask(List<Path> files, Map<Path, LoadedCopy> cache, Path reference) {
        this.files = List.copyOf(files);
        this.cache = Map.copyOf(cache);
        this.reference = reference;
    }

    @Override
    protected ReaderResult call() {
        long t0 = System.nanoTime();
        Map<Path, LoadedCopy> read = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> failed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (isCancelled()) {
                throw new CancellationException("replaced by a newer run");
            }
            Path f = files.get(i);
            updateProgress(READ * i / files.size(), 1);
            LoadedCopy c = cache.get(f);
            if (c == null) {
                updateMessage("Reading " + f.getFileName() + (files.size() > 1 ? " (" + (i + 1) + " of "
                        + files.size() + ")" : "") + "…");
                try {
                    c = load(f);
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
            read.put(f, c);
        }
        Comparison comparison = null;
        if (read.size() >= 2) {
            String comparing = "Comparing " + read.size() + " copies: ";
            RunProgress progress = new RunProgress(READ, HIGHLIGHT, (f, stage) -> {
                updateProgress(f, 1);
                updateMessage(comparing + stage + "…");
            }, this::isCancelled);
            try {
                Path ref = reference != null && read.containsKey(reference) ? reference : null;
                Options options = ref == null ? Options.defaults()
                        : Options.withReference(read.get(ref).witness().source());
                List<Witness> witnesses = read.values().stream().map(LoadedCopy::witness).toList();
                comparison = Comparer.compare(new ArrayList<>(witnesses), options, progress);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                problems.add("The comparison failed: " + e.getMessage());
            }
        }
        if (comparison != null) {
            problems.addAll(comparison.warnings());
        }
        updateMessage(read.size() < 2 ? "Showing the copy…" : "Highlighting the differences in each copy…");
        updateProgress(HIGHLIGHT, 1);
        List<PaneCopy> panes = comparison != null ? comparedPanes(comparison, read) : uncomparedPanes(read);
        PassageMap passages = new PassageMap(comparison != null ? comparison.passages() : List.of());
        updateProgress(1, 1);
        Map<Path, String> digests = new HashMap<>();
        read.forEach((p, c) -> digests.put(p, c.sha256()));
        return new ReaderResult(panes, comparison, passages, problems, failed, (System.nanoTime() - t0) / 1_000_000,
                digests);
    }

    /** Reads a file and the digest of its bytes. */
    private static LoadedCopy load(Path f) throws LoadException {
        Witness w = Loader.load(f);
        try {
            return new LoadedCopy(w, Digests.sha256(f));
        } catch (IOException e) {
            throw new LoadException("cannot be read: " + e.getMessage());
        }
    }

    private static List<PaneCopy> comparedPanes(Comparison comparison, Map<Path, LoadedCopy> read) {
        Map<String, Path> bySource = new HashMap<>();
        read.forEach((p, c) -> bySource.put(c.witness().source(), p));
        List<PaneCopy> out = new ArrayList<>();
        for (Copy c : comparison.copies()) {
            Path p = bySource.getOrDefault(c.witness().source(), Path.of(c.witness().source()));
            out.add(new PaneCopy(c.id(), p, c.witness(), c, Highlighter.marks(comparison, c),
                    CopyDrift.of(comparison, c.id())));
        }
        return out;
    }

    private static List<PaneCopy> uncomparedPanes(Map<Path, LoadedCopy> read) {
        List<Map.Entry<Path, LoadedCopy>> entries = new ArrayList<>(read.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Path, LoadedCopy> e) -> e.getValue().witness().name()));
        List<PaneCopy> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            out.add(new PaneCopy(String.valueOf((char) ('A' + Math.min(i, 25))), e.getKey(), e.getValue().witness(),
                    null, null));
        }
        return out;
    }
}
