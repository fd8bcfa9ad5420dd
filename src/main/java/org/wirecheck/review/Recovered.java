package org.wirecheck.review;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An unsaved review found in a recovery journal left by a Wirecheck that ended without saving (crash, kill, power
 * loss).
 *
 * @param journal    the journal file
 * @param document   the copies, options and every verdict and note recorded up to the last complete change
 * @param savedFile  the review file it was last saved to or opened from, or null when it never was
 * @param lastChange when the journal was last written
 * @param changes    how many changes were recorded after the journal was started
 * @param cutOff     whether the last change was cut off in the middle (it is left out)
 */
public record Recovered(Path journal, ReviewDocument document, Path savedFile, Instant lastChange, int changes,
                        boolean cutOff) {
}
