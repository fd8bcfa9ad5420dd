package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** A word that changes a title's rank is a changed title. */
class TitleModifiersTest {

    private static final String STORY = """
            Bank raises rates

            VERANO (Reuters) - The central bank raised its key rate on Thursday. "We will not hesitate to act \
            again if expectations drift further," %s Tomas Vidrell told reporters.

            Markets rose after the decision, and the currency gained against the dollar.
            """;

    @Test
    void aDeputyAddedBeforeATitleIsAChangedTitleShowingTheWholeTitle() {
        Comparison c = compare(STORY.formatted("Governor"), STORY.formatted("Governor"),
                STORY.formatted("Deputy Governor"));
        Discrepancy title = c.discrepancies().stream().filter(d -> d.kind() == Kind.TITLE).findFirst().orElseThrow();
        assertThat(title.severity()).isEqualTo(Severity.HIGH);
        assertThat(title.readings()).extracting(Reading::text).containsExactlyInAnyOrder("Governor", "Deputy Governor");
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.ADDITION || d.kind() == Kind.OMISSION);
    }

    @Test
    void aModifierBeforeATitleSeveralWordsOnIsStillTheTitle() {
        Comparison c = compare(STORY.formatted("Assistant U.S. Attorney"), STORY.formatted("U.S. Attorney"),
                STORY.formatted("U.S. Attorney"));
        assertThat(c.discrepancies()).filteredOn(d -> d.kind() == Kind.TITLE).singleElement()
                .satisfies(d -> assertThat(d.readings()).extracting(Reading::text)
                        .contains("Assistant U.S. Attorney"));
    }

    @Test
    void aModifierBeforeNoTitleStaysAnAddition() {
        Comparison c = compare(STORY.formatted("economist"), STORY.formatted("economist"),
                STORY.formatted("senior economist"));
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.TITLE);
    }
}
