package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecheck.ingest.LoadException;

/**
 * Sixteen invented story families in {@code src/test/resources/invented/}, each with the gold of what a fact-checker
 * flags in it, written by people who had not read the engine (versions of a wire story, a trimmed copy, a rewrite, a
 * machine translation, a copy with spun facts), scored with {@link Facts} as {@code ../shared/eval/score.py} scores
 * them. Their first run found the faults fixed with them; the floors are what the engine reaches since, so that no
 * later change loses them silently.
 */
class InventedStoriesTest {

    private static final Path INVENTED = Path.of("src", "test", "resources", "invented");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wildfire-evacuation, 0.80, 0.42",
        "mining-fine,         0.81, 0.50",
        "earthquake-toll,     0.80, 0.52",
        "football-report,     0.87, 0.75",
        "budget-vote,         0.94, 0.78",
        "cholera-outbreak,    0.88, 0.58",
        "earnings-layoffs,    0.90, 0.70",
        "mayor-sentenced,     0.76, 0.64",
        "election-results,    0.88, 0.61",
        "storm-landfall,      0.94, 0.63",
        "rate-decision,       0.94, 0.73",
        "ferry-capsize,       0.93, 0.56",
        "protest,             0.75, 0.50",
        "takeover,            0.83, 0.50",
        "study,               0.84, 0.36",
        "landing,             0.56, 0.31"
    })
    void keepsItsFloors(String story, double recallFloor, double precisionFloor) throws IOException, LoadException {
        Path folder = INVENTED.resolve(story);
        Facts.Score s = Facts.scoreFolder(folder);
        assertThat(s.recall()).as(story + " recall; missed " + s.missed()).isGreaterThanOrEqualTo(recallFloor);
        assertThat(s.rPrecision()).as(story + " R-precision").isGreaterThanOrEqualTo(precisionFloor);
    }
}
