package org.wirecheck.compare;

import java.time.Instant;
import java.util.Optional;

/**
 * The times the copies themselves carry, for {@link StoryVersions}: a publication time a page or file states
 * ({@code <meta>}, Open Graph, JSON-LD, document properties) when it names an instant, else the time a web page was
 * fetched (said to be a fetch time: the copy was published then or earlier). Copies without either have no time.
 */
public final class KnownTimes {

    private KnownTimes() {
    }

    /** The times of the comparison's copies. */
    public static PublicationTimes of(Comparison comparison) {
        PublicationTimes out = PublicationTimes.NONE;
        if (comparison == null) {
            return out;
        }
        for (Copy c : comparison.copies()) {
            var origin = c.witness().origin();
            Optional<Instant> published = PublicationTimes.parse(origin.metadata().published());
            if (published.isPresent()) {
                out = out.with(c.id(), published.get(), PublicationTimes.Basis.PUBLISHED);
            } else if (origin.fetchedFromWeb() && origin.fetched() != null) {
                out = out.with(c.id(), origin.fetched(), PublicationTimes.Basis.FETCHED);
            }
        }
        return out;
    }
}
