package org.wirecheck.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wirecheck.report.ReportText;
import org.wirecheck.ingest.WebFetcher;
import org.wirecheck.text.Texts;
import org.wirecheck.text.Witness;

/**
 * The open set of copies and the runs that read and compare them. Every change (open, add, remove, reference)
 * starts a new run on the background executor and cancels the one under way (the engine stops at its next stage);
 * only the newest run's result is applied (on the FX thread). Copies already read are kept and never read again
 * (copies opened from a review file come with their saved text); a file that cannot be read is left out with a
 * message, the others stay. Copies without a file (web pages, pasted text) are added already read, under a key
 * from {@link CopyKeys}; web pages are fetched first, on their own thread. All methods are called on the FX thread.
 */
public final class Session {

    private final Executor executor;
    private final Fetches fetches;
    private int pasted;
    private final List<Path> files = new ArrayList<>();
    private final Map<Path, LoadedCopy> cache = new HashMap<>();
    private Path reference;
    private int generation;
    private CompareTask current;
    private int cancelled;

    private final ObjectProperty<ReaderResult> result = new SimpleObjectProperty<>(ReaderResult.empty());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Path> referenceFile = new SimpleObjectProperty<>();

    /** @param executor runs the background work (a single daemon thread in the app) */
    public Session(Executor executor) {
        this(executor, executor, new WebFetcher());
    }

    /**
     * @param executor      runs the comparisons
     * @param fetchExecutor runs the fetching of web pages (apart, so a slow site never holds up a comparison)
     */
    public Session(Executor executor, Executor fetchExecutor, WebFetcher fetcher) {
        this.executor = executor;
        this.fetches = new Fetches(fetchExecutor, fetcher);
    }

    /** The latest applied result. */
    public ReadOnlyObjectProperty<ReaderResult> resultProperty() {
        return result;
    }

    public ReaderResult result() {
        return result.get();
    }

    /** Whether a run is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Progress of the current run (0..1). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** One line about the current or last run. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Messages for the user about files that could not be read and copies set aside; cleared by the user. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The file chosen as reference, or null when the engine chooses the base. */
    public ReadOnlyObjectProperty<Path> referenceProperty() {
        return referenceFile;
    }

    /** The files of the open set, in the order given. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Replaces the open set with {@code paths}. */
    public void open(List<Path> paths) {
        cancelFetch();
        clear();
        problems.clear();
        addAll(paths);
        run();
    }

    /** Empties the open set and its reference. */
    private void clear() {
        files.clear();
        reference = null;
        referenceFile.set(null);
    }

    /**
     * Replaces the open set with copies already read (from a review file: their saved text is compared, the files
     * are not read), in the order given, with {@code reference} (one of {@code paths}, or null) as reference.
     */
    public void openCopies(List<Path> paths, List<LoadedCopy> copies, Path reference) {
        cancelFetch();
        files.clear();
        problems.clear();
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i).toAbsolutePath().normalize();
            cache.put(p, copies.get(i));
        }
        addAll(paths);
        Path ref = reference == null ? null : reference.toAbsolutePath().normalize();
        this.reference = ref;
        referenceFile.set(ref);
        run();
    }

    /** Reads {@code paths} again from disk (they changed) and compares again. */
    public void reload(Collection<Path> paths) {
        for (Path p : paths) {
            cache.remove(p.toAbsolutePath().normalize());
        }
        run();
    }

    /** The copy read from {@code path} as it was compared (its text and the digest of its file), if read. */
    public java.util.Optional<LoadedCopy> loaded(Path path) {
        return java.util.Optional.ofNullable(cache.get(path));
    }

    /** Adds {@code paths} to the open set (files already open are not added twice). */
    public void add(List<Path> paths) {
        addAll(paths);
        run();
    }

    /**
     * Adds copies already read that have no file to read again (pasted, fetched): each under its key
     * ({@link CopyKeys}); a copy with the same source replaces the one open.
     */
    public void addLoaded(List<Witness> copies) {
        List<Path> keys = new ArrayList<>();
        for (Witness w : copies) {
            Path key = CopyKeys.of(w);
            cache.put(key, new LoadedCopy(w, w.origin().sha256()));
            keys.add(key);
        }
        addAll(keys);
        run();
    }

    /** The name of the next pasted copy: "Pasted 1", "Pasted 2"… (numbers never reused in a session). */
    public int nextPasteNumber() {
        int n = ++pasted;
        while (files.contains(CopyKeys.forSource("pasted:" + n))) {
            n = ++pasted;
        }
        return n;
    }

    /**
     * Gives the copy at {@code key} another label (its outlet, a name the user chose) and compares again; the label
     * is what the panes, list, details, reports and review file show. A blank label is ignored.
     */
    public void rename(Path key, String label) {
        LoadedCopy c = cache.get(key);
        if (c == null || label == null || label.isBlank() || label.strip().equals(c.witness().name())) {
            return;
        }
        cache.put(key, new LoadedCopy(c.witness().withName(label.strip()), c.sha256()));
        run();
    }

    /**
     * Fetches {@code addresses} in the background ({@link FetchTask}) and adds the pages fetched; each page that
     * cannot be fetched is one message naming it and the reason, and the copies open stay. {@link #cancelFetch}
     * stops it.
     */
    public void fetch(List<String> addresses) {
        fetch(addresses, null);
    }

    /**
     * The same, but when at least one page was fetched {@code replacing} runs and the pages replace the copies open
     * (File ▸ Open web addresses…); when none could be, the copies open stay as they are.
     */
    public void fetch(List<String> addresses, Runnable replacing) {
        if (addresses.isEmpty()) {
            return;
        }
        FetchTask task = fetches.next(addresses);
        busy.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> fetched(task.getValue(), replacing));
        task.setOnCancelled(e -> finish("Fetching cancelled"));
        task.setOnFailed(e -> finish("Could not fetch: " + task.getException().getMessage()));
        fetches.start(task);
    }

    private void fetched(FetchTask.Fetched f, Runnable replacing) {
        if (f.pages().isEmpty()) {
            f.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            finish("No page could be fetched");
            return;
        }
        if (replacing != null) {
            replacing.run();
            clear();
        }
        f.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        addLoaded(f.pages());
    }

    /** Stops the fetch under way, if any (the pages fetched so far are dropped). */
    public void cancelFetch() {
        fetches.cancel();
    }

    /** Whether pages are being fetched (the status bar then offers Cancel). */
    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetches.fetchingProperty();
    }

    /** Removes {@code path} from the open set. */
    public void remove(Path path) {
        if (files.remove(path)) {
            if (path.equals(reference)) {
                setReference(null);
                return;
            }
            run();
        }
    }

    /** Uses {@code path} as the reference copy; null lets the engine choose. */
    public void setReference(Path path) {
        reference = path;
        referenceFile.set(path);
        run();
    }

    private void addAll(List<Path> paths) {
        LinkedHashSet<Path> set = new LinkedHashSet<>(files);
        for (Path p : paths) {
            set.add(p.toAbsolutePath().normalize());
        }
        files.clear();
        files.addAll(set);
    }

    private void run() {
        int gen = ++generation;
        if (current != null) {
            current.cancel(false); // the engine sees it at its next stage and stops
        }
        CompareTask task = new CompareTask(files, cache, reference);
        current = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            if (gen == generation) {
                apply(task.getValue());
            }
        });
        task.setOnCancelled(e -> cancelled++);
        task.setOnFailed(e -> {
            if (gen == generation) {
                finish("Could not compare: " + task.getException().getMessage());
                problems.add("Could not compare the copies: " + task.getException().getMessage());
            }
        });
        executor.execute(task);
    }

    private void apply(ReaderResult r) {
        current = null;
        for (PaneCopy p : r.panes()) {
            cache.put(p.path(), new LoadedCopy(p.witness(), r.digests().getOrDefault(p.path(), "")));
        }
        files.removeAll(r.failed());
        if (!r.problems().isEmpty()) {
            for (String p : r.problems()) {
                if (!problems.contains(p)) {
                    problems.add(p);
                }
            }
        }
        result.set(r);
        finish(summary(r));
    }

    /**
     * Stops the comparison under way, if any: the window keeps showing the last result, and the copies open are
     * again those it shows (the ones asked for since are dropped, never half-compared).
     */
    public void cancel() {
        if (current == null) {
            return;
        }
        generation++; // whatever the cancelled task still reports is ignored
        current.cancel(false);
        current = null;
        files.clear();
        files.addAll(result.get().panes().stream().map(PaneCopy::path).toList());
        finish("Comparison cancelled; the copies shown are those of the last comparison");
    }

    /** How many runs were cancelled because a newer one replaced them (for tests). */
    public int cancelledRuns() {
        return cancelled;
    }

    private void finish(String message) {
        progress.unbind();
        status.unbind();
        progress.set(0);
        status.set(message);
        busy.set(false);
    }

    private static String summary(ReaderResult r) {
        if (r.panes().isEmpty()) {
            return "No copies open";
        }
        if (r.comparison() == null) {
            return r.panes().size() + " copy open: add at least one more copy of the story to compare";
        }
        int n = r.discrepancies().size();
        return ReportText.copiesCompared(r.compared(), r.setAside()) + " in "
                + String.format(java.util.Locale.ROOT, "%.1f s", r.millis() / 1000.0) + ": "
                + Texts.plural(n, "discrepancy", "discrepancies");
    }
}
