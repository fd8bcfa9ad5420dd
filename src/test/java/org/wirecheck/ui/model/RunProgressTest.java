package org.wirecheck.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Comparer;
import org.wirecheck.compare.Options;
import org.wirecheck.review.Fixtures;

/** The engine's own progress drives the status bar, and a cancelled run stops the engine. */
class RunProgressTest {

    @TempDir
    Path tmp;

    @Test
    void theEnginesStagesAreMappedIntoTheRun() throws Exception {
        List<Double> fractions = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        RunProgress p = new RunProgress(0.1, 0.9, (f, stage) -> {
            fractions.add(f);
            stages.add(stage);
        }, () -> false);
        Comparer.compare(Fixtures.load(Fixtures.write(tmp)), Options.defaults(), p);
        assertThat(fractions).isSortedAccordingTo(Double::compare).allMatch(f -> f >= 0.1 && f <= 0.9)
                .contains(0.9);
        assertThat(stages).contains("aligning passages", "done");
    }

    @Test
    void aCancelledRunStopsTheComparisonAtItsNextStage() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<String> stages = new ArrayList<>();
        RunProgress p = new RunProgress(0, 1, (f, stage) -> {
            stages.add(stage);
            if (stage.startsWith("aligning")) {
                cancelled.set(true); // a newer run replaced this one
            }
        }, cancelled::get);
        var witnesses = Fixtures.load(Fixtures.write(tmp));
        assertThatThrownBy(() -> Comparer.compare(witnesses, Options.defaults(), p))
                .isInstanceOf(CancellationException.class);
        assertThat(stages).last().isEqualTo("aligning passages");
    }
}
