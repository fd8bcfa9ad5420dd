package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** One agency named for another, and one speaker's name spelled two ways. */
class CreditedNamesTest {

    private static final String STORY = """
            Bank raises rates

            The central bank raised its key rate on Thursday, a move expected by economists polled by %s last week.

            "We will act again if needed," Finance Minister Ines %s told reporters after the decision.

            Markets rose after the decision, and the currency gained against the dollar.
            """;

    @Test
    void oneAgencyNamedForAnotherIsAnAttribution() {
        Comparison c = compare(STORY.formatted("Reuters", "Calloway"), STORY.formatted("Reuters", "Calloway"),
                STORY.formatted("Bloomberg", "Calloway"));
        assertThat(c.discrepancies())
                .filteredOn(d -> d.readings().stream().anyMatch(r -> r.text().contains("Bloomberg")))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Kind.ATTRIBUTION);
                    assertThat(d.severity()).isEqualTo(Severity.HIGH);
                });
    }

    @Test
    void aSpeakerWhoseNameIsSpelledAnotherWayIsANameNotAnotherSource() {
        String story = """
                Bank raises rates

                The central bank raised its key rate on Thursday. Finance Minister Ines %s welcomed the decision.

                "We will act again if needed," %s told reporters in the capital after the meeting.

                Markets rose after the decision, and the currency gained against the dollar.
                """;
        Comparison c = compare(story.formatted("Calloway", "Calloway"), story.formatted("Calloway", "Calloway"),
                story.formatted("Calloway", "Callaway"));
        assertThat(c.discrepancies()).filteredOn(d -> d.severity() == Severity.HIGH)
                .isNotEmpty().allMatch(d -> d.kind() == Kind.NAME);
    }

    @Test
    void aSpeakersTitleChangedInACreditIsATitleAndReportersAreJournalists() {
        String story = """
                Ferry capsizes

                The ferry was carrying 80 passengers when it overturned, %s Abel Toroma told %s.

                Rescue teams searched the river through the night for the missing.
                """;
        Comparison c = compare(story.formatted("district police commander", "reporters"),
                story.formatted("district police commander", "reporters"),
                story.formatted("regional police chief", "journalists"));
        assertThat(c.discrepancies()).filteredOn(d -> d.kind() == Kind.TITLE).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.HIGH));
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.ATTRIBUTION);
    }

    @Test
    void aDemonymForTheCountryNamedElsewhereIsNoOtherName() {
        String story = """
                Protest in the capital

                Tens of thousands of people marched through %s capital on Saturday to protest against price rises.

                The minister said foreign agents wanted to see Velmaria burn, but gave no evidence for the claim.
                """;
        Comparison c = compare(story.formatted("the Velmarian"), story.formatted("the Velmarian"),
                story.formatted("Velmaria"));
        assertThat(c.discrepancies()).noneMatch(d -> d.severity() == Severity.HIGH);
    }
}
