package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Floods.at;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The versions and the overview made on one reading table are those made each on its own. */
class StoryViewsTest {

    @Test
    void oneReadingTableGivesTheSameVersionsAndOverview() {
        Comparison c = Floods.compare();
        PublicationTimes times = PublicationTimes.published(Map.of("A", at("04:10"), "D", at("06:05")));

        StoryViews story = StoryViews.of(c, times);
        Overview alone = Overview.of(c);

        assertThat(story.versions()).isEqualTo(StoryVersions.of(c, times));
        assertThat(story.overview().rows()).isEqualTo(alone.rows());
        assertThat(story.overview().columns()).isEqualTo(alone.columns());
        for (int r = 0; r < alone.rows().size(); r++) {
            for (int col = 0; col < alone.columns().size(); col++) {
                assertThat(story.overview().cue(r, col)).isEqualTo(alone.cue(r, col));
            }
        }
    }
}
