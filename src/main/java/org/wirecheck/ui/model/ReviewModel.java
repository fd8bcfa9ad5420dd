package org.wirecheck.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.review.ReviewItem;
import org.wirecheck.review.ReviewService;
import org.wirecheck.review.ReviewState;
import org.wirecheck.review.SavedCopy;
import org.wirecheck.review.Verdict;

/**
 * The review as the window shows it: the {@link ReviewService} (verdicts and notes by discrepancy key, journalled for
 * recovery) seen through observable properties: a revision that changes with every change, whether there are
 * unsaved changes, the file, "12 of 42 reviewed" for the current result, and the verdicts whose discrepancy is not
 * in it (kept, listed). Called on the FX thread.
 */
public final class ReviewModel {

    private final ReviewService service;
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ReaderResult> result = new SimpleObjectProperty<>(ReaderResult.empty());
    private final StringBinding progress;

    /** @param service the review service (its listeners are called on the FX thread, problems may come from any) */
    public ReviewModel(ReviewService service) {
        this.service = service;
        service.addListener(this::changed);
        progress = Bindings.createStringBinding(this::progressText, revision, result);
    }

    /** The service behind it. */
    public ReviewService service() {
        return service;
    }

    /** Changes with every change of the review. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** Whether there are changes not saved to a review file. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The review file last saved to or opened, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** {@code "12 of 42 reviewed"} for the current result (empty without discrepancies). */
    public ObservableValue<String> progressProperty() {
        return progress;
    }

    public ReviewState state() {
        return service.state();
    }

    public Verdict verdictOf(Discrepancy d) {
        return service.state().verdict(d.key());
    }

    public String noteOf(Discrepancy d) {
        return service.state().note(d.key());
    }

    public void setVerdict(Discrepancy d, Verdict v) {
        service.setVerdict(d, v);
    }

    public void setNote(Discrepancy d, String note) {
        service.setNote(d, note);
    }

    /** The verdicts and notes whose discrepancy is not in the current result (kept, never dropped). */
    public List<ReviewItem> orphans() {
        ReaderResult r = result.get();
        if (r.comparison() == null) {
            return List.of();
        }
        return service.state().orphans(r.discrepancies());
    }

    /**
     * Takes a new result: the review now belongs to its copies (with their text and the digest of their file) and
     * the reference chosen by the user (null: the engine chose).
     */
    public void setResult(ReaderResult r, Path reference) {
        result.set(r);
        if (r.comparison() != null) {
            List<SavedCopy> copies = new ArrayList<>();
            String ref = null;
            for (PaneCopy p : r.panes()) {
                String source = CopyKeys.source(p.path(), p.witness());
                copies.add(SavedCopy.of(p.witness(), source, r.digests().getOrDefault(p.path(), "")));
                ref = p.path().equals(reference) ? source : ref;
            }
            service.setContext(copies, ref);
        }
        revision.set(revision.get() + 1);
    }

    /** The result the progress and orphans are about. */
    public ReadOnlyObjectProperty<ReaderResult> resultProperty() {
        return result;
    }

    /** The file to save to without asking, if the review has one. */
    public Optional<Path> file() {
        return service.file();
    }

    private void changed() {
        if (Platform.isFxApplicationThread()) {
            refresh();
        } else {
            Platform.runLater(this::refresh);
        }
    }

    private void refresh() {
        dirty.set(service.dirty());
        file.set(service.file().orElse(null));
        revision.set(revision.get() + 1);
    }

    private String progressText() {
        ReaderResult r = result.get();
        if (r.discrepancies().isEmpty()) {
            return "";
        }
        return service.state().reviewed(r.discrepancies()) + " of " + r.discrepancies().size() + " reviewed";
    }
}
