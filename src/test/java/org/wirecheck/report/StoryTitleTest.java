package org.wirecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.text.Witness;

/** The story's headline, found among the opening lines of the base copy, else of another copy. */
class StoryTitleTest {

    private static String headline(String text) {
        return StoryTitle.headline(new Witness("a.txt", "a.txt", text));
    }

    @Test
    void aShortSectionTagBeforeTheHeadlineIsPassedOver() {
        assertThat(headline("World news\n\nFloods: river bursts its banks in three northern towns\n\n"
                + "The river rose two metres overnight, officials said.\n"))
                .isEqualTo("Floods: river bursts its banks in three northern towns");
    }

    @Test
    void aShortHeadlineFollowedByBodyTextStays() {
        assertThat(headline("Ferry sinks\nA ferry sank off the coast on Monday, the coast guard said.\n"))
                .isEqualTo("Ferry sinks");
        // a short line before another short one is no tag either
        assertThat(headline("First line\n# not a heading\n")).isEqualTo("First line");
    }

    @Test
    void timeStampsAndBylinesAreNotHeadlines() {
        assertThat(headline("Published 09:12 IST, March 3rd 2024\nBy Jane Doe\n"
                + "Ministers agree on a new budget after a long night of talks\nThe budget passed.\n"))
                .isEqualTo("Ministers agree on a new budget after a long night of talks");
    }

    @Test
    void aCopyThatStartsWithItsBodyHasNoHeadline() {
        assertThat(headline("LONDON, March 3 (Reuters) - Ministers agreed on a budget on Monday after talks "
                + "that lasted all night.\nThe vote comes next week.\n")).isEmpty();
    }

    @Test
    void theReportTakesAnotherCopysHeadlineWhenTheBaseHasNone() {
        Witness base = new Witness("a.txt", "a.txt", "LONDON, March 3 (Reuters) - Ministers agreed on a budget on "
                + "Monday.\n");
        Witness other = new Witness("b.txt", "b.txt", "Ministers agree on a budget after all-night talks\n"
                + "LONDON, March 3 (Reuters) - Ministers agreed on a budget on Monday.\n");
        Comparison c = new Comparison(List.of(new Copy("A", base, 12, 1, true, 1),
                new Copy("B", other, 20, 0.8, false, 2)), "A", List.of(), List.of(), true);

        assertThat(ReportModel.of(c, Review.NONE, ReportFixtures.CLOCK).title())
                .isEqualTo("Ministers agree on a budget after all-night talks");
    }

    @Test
    void theSamplesTitleIsTheHeadlineNotTheSectionTag() {
        assertThat(ReportModel.of(ReportFixtures.samples(), Review.NONE, ReportFixtures.CLOCK).title())
                .isEqualTo("Russia Ukraine conflict: NATO Chief Urges S Korea for Military Support to Ukraine");
    }
}
