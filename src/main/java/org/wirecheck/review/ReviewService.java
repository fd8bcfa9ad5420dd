package org.wirecheck.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.report.ToolVersion;

/**
 * The review being worked on: its state, the copies and options it belongs to, the file it was saved to, and
 * whether it changed since. Every change is also written to a {@link RecoveryJournal} on a background thread,
 * in order, each forced to disk, so that a crash or a kill loses nothing; saving to a review file removes the
 * journal. Thread-safe; listeners run on the thread that made the change.
 */
public final class ReviewService implements AutoCloseable {

    private final Path recoveryDir;
    private final ExecutorService writer;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> problems = p -> { };

    private ReviewState state = ReviewState.EMPTY;
    private List<SavedCopy> copies = List.of();
    private String reference;
    private Path file;
    private boolean dirty;
    private boolean journalStarted;

    // used on the writer thread only
    private RecoveryJournal journal;
    private boolean journalBroken;

    /** @param recoveryDir where the recovery journal is written, or null to keep none */
    public ReviewService(Path recoveryDir) {
        this.recoveryDir = recoveryDir;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wirecheck-recovery");
            t.setDaemon(true);
            return t;
        });
    }

    /** Calls {@code l} after every change. */
    public void addListener(Runnable l) {
        listeners.add(l);
    }

    /** Calls {@code p} (on the writer thread) when the recovery journal cannot be written, with the reason. */
    public void onProblem(Consumer<String> p) {
        problems = p;
    }

    public synchronized ReviewState state() {
        return state;
    }

    /** The review as a review file would hold it now. */
    public synchronized ReviewDocument document() {
        return new ReviewDocument(ToolVersion.nameAndVersion(), copies, reference, state);
    }

    /** The review file it was last saved to or opened from. */
    public synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether it changed since it was last saved or opened. */
    public synchronized boolean dirty() {
        return dirty;
    }

    /** Sets the copies and options the review belongs to (after every comparison). */
    public void setContext(List<SavedCopy> copies, String reference) {
        synchronized (this) {
            if (this.copies.equals(copies) && java.util.Objects.equals(this.reference, reference)) {
                return;
            }
            this.copies = List.copyOf(copies);
            this.reference = reference;
            if (dirty) {
                submitRewrite();
            }
        }
        fire();
    }

    /** Records {@code v} on {@code d}, keeping its note. */
    public void setVerdict(Discrepancy d, Verdict v) {
        boolean changed;
        synchronized (this) {
            changed = apply(new ReviewItem(d.key(), v, state.note(d.key()), ReviewItem.summaryOf(d)));
        }
        if (changed) {
            fire();
        }
    }

    /** Records {@code note} on {@code d}, keeping its verdict. */
    public void setNote(Discrepancy d, String note) {
        boolean changed;
        synchronized (this) {
            changed = apply(new ReviewItem(d.key(), state.verdict(d.key()), note, ReviewItem.summaryOf(d)));
        }
        if (changed) {
            fire();
        }
    }

    /** Records {@code item} as it is. */
    public void record(ReviewItem item) {
        boolean changed;
        synchronized (this) {
            changed = apply(item);
        }
        if (changed) {
            fire();
        }
    }

    private boolean apply(ReviewItem item) {
        ReviewState next = state.with(item);
        if (next.equals(state)) {
            return false;
        }
        state = next;
        dirty = true;
        if (journalStarted) {
            writer.execute(() -> append(item));
        } else {
            submitRewrite();
        }
        return true;
    }

    /**
     * Replaces the review with {@code doc} (opened from {@code file}, or restored after a crash with
     * {@code dirty} true: then a new journal is written at once).
     */
    public void open(ReviewDocument doc, Path file, boolean dirty) {
        synchronized (this) {
            this.state = doc.state();
            this.copies = doc.copies();
            this.reference = doc.reference();
            this.file = file;
            this.dirty = dirty;
            if (dirty) {
                submitRewrite();
            } else {
                submitClear();
            }
        }
        fire();
    }

    /** Starts an empty review (other copies opened); the old one's journal is removed. */
    public void startNew() {
        synchronized (this) {
            state = ReviewState.EMPTY;
            file = null;
            dirty = false;
            submitClear();
        }
        fire();
    }

    /** Writes the review to {@code target} (atomically); it is then saved there and the journal removed. */
    public void save(Path target) throws IOException {
        ReviewDocument doc = document();
        ReviewFile.write(doc, target);
        synchronized (this) {
            file = target.toAbsolutePath();
            if (state == doc.state()) {
                dirty = false;
                submitClear();
            } else if (dirty) {
                submitRewrite(); // changed while writing: keep journalling, with the new file name
            }
        }
        fire();
    }

    /** Forgets the unsaved changes' recovery journal (the user chose not to save them). */
    public void discardRecovery() {
        synchronized (this) {
            submitClear();
        }
    }

    /**
     * Waits until every change so far is in the journal on disk.
     *
     * @throws IOException when the journal could not be written
     */
    public void flush() throws IOException {
        try {
            writer.submit(() -> {
                if (journalBroken) {
                    throw new IOException("the recovery journal could not be written");
                }
                return null;
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The journal file being written, if any (for tests and messages). */
    public Optional<Path> journalFile() {
        try {
            return Optional.ofNullable(writer.submit(() -> journal != null && journal.started() ? journal.file()
                    : null).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** Finishes writing and releases the journal; unsaved changes stay in it for the next start. */
    @Override
    public void close() {
        writer.execute(() -> {
            if (journal != null) {
                try {
                    journal.close();
                } catch (IOException e) {
                    // the lock goes with the process anyway
                }
            }
        });
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- journal, under the lock; the writing itself runs on the writer thread, in order ----

    private void submitRewrite() {
        journalStarted = true;
        ReviewDocument doc = document();
        Path saved = file;
        writer.execute(() -> rewrite(doc, saved));
    }

    private void submitClear() {
        journalStarted = false;
        writer.execute(this::clear);
    }

    private void rewrite(ReviewDocument doc, Path saved) {
        if (recoveryDir == null) {
            return;
        }
        try {
            if (journal == null) {
                journal = RecoveryJournal.create(recoveryDir);
            }
            journal.rewrite(doc, saved);
            journalBroken = false;
        } catch (IOException | RuntimeException e) {
            broken(e);
        }
    }

    private void append(ReviewItem item) {
        if (recoveryDir == null) {
            return;
        }
        if (journalBroken || journal == null || !journal.started()) {
            ReviewDocument doc;
            Path saved;
            synchronized (this) {
                doc = document();
                saved = file;
            }
            rewrite(doc, saved); // everything so far, so no change is missing after a failed write
            return;
        }
        try {
            journal.append(item);
        } catch (IOException | RuntimeException e) {
            broken(e);
        }
    }

    private void clear() {
        if (journal == null) {
            return;
        }
        try {
            journal.clear();
        } catch (IOException e) {
            broken(e);
        }
    }

    private void broken(Exception e) {
        journalBroken = true;
        problems.accept("The recovery file cannot be written (" + e.getMessage() + "); save the review to keep "
                + "your changes.");
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
