package org.wirecheck.compare;

import java.util.concurrent.CancellationException;

/**
 * Progress through a stage of known size: each {@link #run()} is one step of {@code total}, reported as a fraction
 * between {@code from} and {@code to} (never going back, whichever thread steps) and checked for cancellation.
 * Reports at most about a hundred times per stage.
 */
final class Steps implements Runnable {

    private final Progress progress;
    private final String stage;
    private final double from;
    private final double to;
    private final int total;
    private final int every;
    private int done;

    Steps(Progress progress, String stage, double from, double to, int total) {
        this.progress = progress;
        this.stage = stage;
        this.from = from;
        this.to = to;
        this.total = Math.max(1, total);
        this.every = Math.max(1, this.total / 100);
    }

    @Override
    public synchronized void run() {
        done++;
        if (done % every == 0 || done == total) {
            progress.step(stage, from + (to - from) * Math.min(1.0, (double) done / total));
        } else if (progress.cancelled()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
