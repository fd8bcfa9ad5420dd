package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecheck.ingest.LoadException;

/**
 * The real stories of {@code ../shared/eval/dev/} (read from there, never copied), scored with {@link Facts} as
 * {@code ../shared/eval/score.py} scores them.
 *
 * <p>The floors are what the engine reaches today, so that no later change loses them silently; the targets of
 * the real-stories issue (recall 0.90, R-precision 0.60) are higher and not reached yet. Skipped where the shared
 * folder is absent.
 */
class DevStoriesTest {

    private static final Path DEV = Path.of("..", "shared", "eval", "dev");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "court-imran-khan-2023, 0.79, 0.62",
        "derail-kansas-2016,    0.86, 0.60",
        "haaland-fulham,        0.77, 0.63"
    })
    void keepsItsFloors(String story, double recallFloor, double precisionFloor) throws IOException, LoadException {
        Path folder = DEV.resolve(story);
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("gold.json")), "no " + folder);
        Facts.Score s = Facts.scoreFolder(folder);
        assertThat(s.recall()).as(story + " recall; missed " + s.missed()).isGreaterThanOrEqualTo(recallFloor);
        assertThat(s.rPrecision()).as(story + " R-precision").isGreaterThanOrEqualTo(precisionFloor);
    }
}
