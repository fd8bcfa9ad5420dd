package org.wirecheck.report;

import java.util.Optional;
import org.wirecheck.compare.Discrepancy;

/**
 * The fact-checker's review of a comparison as the reports see it: for a discrepancy, the verdict and note recorded
 * on it, if any. The review workflow implements it; {@link #NONE} is a comparison nobody has reviewed yet.
 */
@FunctionalInterface
public interface Review {

    /** No review: no discrepancy has a verdict. */
    Review NONE = d -> Optional.empty();

    /** The verdict and note recorded on {@code d}, or empty when it has not been reviewed. */
    Optional<ReviewEntry> entryFor(Discrepancy d);
}
