package org.wirecheck.ui.model;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Worker;
import org.wirecheck.ingest.WebFetcher;

/** The one fetch of web pages under way ({@link FetchTask}), on its own executor; a new one cancels the old. */
final class Fetches {

    private final Executor executor;
    private final WebFetcher fetcher;
    private final SimpleBooleanProperty fetching = new SimpleBooleanProperty();
    private FetchTask current;

    Fetches(Executor executor, WebFetcher fetcher) {
        this.executor = executor;
        this.fetcher = fetcher;
    }

    /** A task fetching {@code addresses}, now the current one (the one under way is cancelled); not started yet. */
    FetchTask next(List<String> addresses) {
        cancel();
        FetchTask task = new FetchTask(addresses, fetcher);
        current = task;
        fetching.set(true);
        task.stateProperty().addListener((o, was, state) -> {
            boolean over = state == Worker.State.SUCCEEDED || state == Worker.State.CANCELLED
                    || state == Worker.State.FAILED;
            if (over && current == task) {
                current = null;
                fetching.set(false);
            }
        });
        return task;
    }

    void start(FetchTask task) {
        executor.execute(task);
    }

    /** Stops the fetch under way, if any (its connection dropped, the pages fetched so far not added). */
    void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    ReadOnlyBooleanProperty fetchingProperty() {
        return fetching;
    }
}
