package org.wirecheck.ui.model;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.wirecheck.compare.Progress;

/**
 * The engine's progress as part of a run: its fraction (0..1) mapped onto {@code from..to} of the run, each stage
 * passed on as a message ("aligning passages"), and the run's cancellation passed to the engine, which then stops.
 */
final class RunProgress implements Progress {

    /** Receives the run's fraction done and the stage. */
    interface Sink {
        void update(double fraction, String stage);
    }

    private final double from;
    private final double to;
    private final Sink sink;
    private final BooleanSupplier cancelled;

    RunProgress(double from, double to, Sink sink, BooleanSupplier cancelled) {
        this.from = from;
        this.to = to;
        this.sink = sink;
        this.cancelled = cancelled;
    }

    @Override
    public void report(String stage, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        sink.update(from + f * (to - from), stage.isEmpty() ? stage
                : stage.substring(0, 1).toLowerCase(Locale.ROOT) + stage.substring(1));
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }
}
