package org.wirecheck.review;

import java.util.List;
import java.util.Objects;

/**
 * What a review file holds: the copies compared (with their text), the options (the reference copy's path, or null
 * when the engine chose the base) and the review itself.
 *
 * @param tool the program that wrote it ({@code "wirecheck 0.1.0"}), for people
 */
public record ReviewDocument(String tool, List<SavedCopy> copies, String reference, ReviewState state) {

    public ReviewDocument {
        Objects.requireNonNull(tool, "tool");
        copies = List.copyOf(copies);
        Objects.requireNonNull(state, "state");
    }

    /** This document with another review state. */
    public ReviewDocument withState(ReviewState s) {
        return new ReviewDocument(tool, copies, reference, s);
    }
}
