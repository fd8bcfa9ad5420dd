package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** A negation added or dropped changes the meaning; one moved within its sentence does not. */
class NegationsTest {

    private static final String STORY = """
            Minister blames agents

            The interior minister said the violence had been organised by foreign agents. %s

            Police said 63 people had been arrested across the capital by the evening.
            """;

    @Test
    void aNegationMovedWithinItsSentenceIsNoChangeOfMeaning() {
        Comparison c = compare(STORY.formatted("He did not name any country or offer evidence."),
                STORY.formatted("He did not name any country or offer evidence."),
                STORY.formatted("He did not name any country and did not offer evidence."));
        assertThat(c.discrepancies()).noneMatch(d -> d.severity() == Severity.HIGH);
    }

    @Test
    void aNegationDroppedIsAChangeOfMeaning() {
        Comparison c = compare(STORY.formatted("He did not name any country."),
                STORY.formatted("He did not name any country."), STORY.formatted("He did name a country."));
        assertThat(c.discrepancies()).anyMatch(d -> d.kind() == Kind.WORDING && d.severity() == Severity.HIGH);
    }
}
