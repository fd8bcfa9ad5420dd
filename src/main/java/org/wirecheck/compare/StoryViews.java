package org.wirecheck.compare;

/**
 * The versions of the story and the overview matrix of one comparison, for the reports that show both: made on one
 * table of which reading each copy carries, where {@link StoryVersions#of} and {@link Overview#of} would each make
 * their own.
 */
public record StoryViews(StoryVersions versions, Overview overview) {

    /** The versions, ordered with the times known, and the overview in its first order, of a comparison. */
    public static StoryViews of(Comparison comparison, PublicationTimes times) {
        ReadingMatrix m = new ReadingMatrix(comparison);
        return new StoryViews(StoryVersions.of(comparison, times, m),
                Overview.of(comparison, CopyDrift.all(comparison), m));
    }
}
