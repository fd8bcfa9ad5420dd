package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.WebFetcher;
import org.wirecheck.text.Witness;

/**
 * Fetches web pages off the FX thread, one after the other, with progress ("Fetching 2 of 3: apnews.com…"). A page
 * that cannot be fetched becomes one message naming its address and the reason; cancelling stops at the page under
 * way (its connection is dropped).
 */
final class FetchTask extends Task<FetchTask.Fetched> {

    /** The pages fetched, and one message per page that could not be. */
    record Fetched(List<Witness> pages, List<String> problems) {

        Fetched {
            pages = List.copyOf(pages);
            problems = List.copyOf(problems);
        }
    }

    private final List<String> addresses;
    private final WebFetcher fetcher;

    FetchTask(List<String> addresses, WebFetcher fetcher) {
        this.addresses = List.copyOf(addresses);
        this.fetcher = fetcher;
    }

    @Override
    protected Fetched call() {
        List<Witness> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < addresses.size() && !isCancelled(); i++) {
            String a = addresses.get(i);
            updateMessage("Fetching " + (i + 1) + " of " + addresses.size() + ": " + a + "…");
            updateProgress(i, addresses.size());
            try {
                pages.add(fetcher.fetch(a));
            } catch (LoadException e) {
                problems.add(a + ": " + e.reason());
            } catch (RuntimeException e) {
                problems.add(a + ": cannot be fetched: " + e.getMessage());
            }
        }
        updateProgress(addresses.size(), addresses.size());
        return new Fetched(pages, problems);
    }
}
