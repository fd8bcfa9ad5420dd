package org.wirecheck.compare;

import java.util.concurrent.CancellationException;

/**
 * Where a comparison stands, for a progress bar, and whether its caller still wants it. {@link Comparer} reports
 * each stage with the fraction done (0..1) and stops with a {@link CancellationException} once
 * {@link #cancelled()} answers true.
 */
public interface Progress {

    /** Reports no progress and never cancels. */
    Progress NONE = (stage, fraction) -> { };

    /** Called from the comparing thread: the stage now running ("Aligning passages") and the fraction done. */
    void report(String stage, double fraction);

    /** True when the caller no longer wants the result. */
    default boolean cancelled() {
        return false;
    }

    /** Reports a stage, or throws when cancelled. */
    default void step(String stage, double fraction) {
        if (cancelled()) {
            throw new CancellationException("comparison cancelled");
        }
        report(stage, fraction);
    }
}
