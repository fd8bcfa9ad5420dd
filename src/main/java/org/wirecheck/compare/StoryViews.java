package org.wirecheck.compare;

import java.util.Optional;

/**
 * The versions of the story and the overview matrix of one comparison, for the reports that show both: made on one
 * table of which reading each copy carries, where {@link StoryVersions#of} and {@link Overview#of} would each make
 * their own.
 */
public record StoryViews(StoryVersions versions, Overview overview) {

    /**
     * The story views the reports show, or empty when there is no story to show them for (copies of different
     * stories, or no discrepancy).
     */
    public static Optional<StoryViews> shown(Comparison comparison, PublicationTimes times) {
        return !comparison.sameStory() || comparison.discrepancies().isEmpty() ? Optional.empty()
                : Optional.of(of(comparison, times));
    }

    /** The versions, ordered with the times known, and the overview in its first order, of a comparison. */
    public static StoryViews of(Comparison comparison, PublicationTimes times) {
        ReadingMatrix m = new ReadingMatrix(comparison);
        return new StoryViews(StoryVersions.of(comparison, times, m),
                Overview.of(comparison, CopyDrift.all(comparison), m));
    }
}
