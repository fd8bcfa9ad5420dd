package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** Copies that disagree on how badly people were hurt make one high item, wherever they say it. */
class CasualtyChecksTest {

    private static final String EARLY = String.join("\n\n", List.of(
            "A bus carrying 40 pupils overturned on a mountain road near Halvik on Friday, police said.",
            "Eleven children were taken to hospital. A police spokesman said none of the injuries were "
                    + "life-threatening.",
            "The driver told officers he had swerved to avoid a deer.",
            "The road was closed for six hours while the bus was recovered.")) + "\n";
    private static final String LATER = String.join("\n\n", List.of(
            "A bus carrying 40 pupils overturned on a mountain road near Halvik on Friday, police said.",
            "Eleven children were taken to hospital, two of them in critical condition.",
            "The driver told officers he had swerved to avoid a deer.",
            "The road was closed for six hours while the bus was recovered.")) + "\n";

    private static List<Discrepancy> aboutHurt(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.why().startsWith("how badly people were hurt")).toList();
    }

    @Test
    void copiesThatSayNoneAndSomeWereHurtBadlyAreOneHighItem() {
        Comparison c = compare(EARLY, EARLY, LATER, LATER, LATER);
        List<Discrepancy> items = aboutHurt(c);
        assertThat(items).hasSize(1);
        Discrepancy d = items.get(0);
        assertThat(d.kind()).isEqualTo(Kind.WORDING);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.readings()).extracting(Reading::text).containsExactlyInAnyOrder(
                "two of them in critical condition", "none of the injuries were life-threatening");
        // the words it covers are not listed again as words added or a passage left out
        assertThat(c.discrepancies()).filteredOn(x -> x != d
                && x.severity() != Severity.LOW && x.readings().stream().anyMatch(r -> r.text().contains("critical")
                || r.text().contains("life-threatening"))).isEmpty();
    }

    @Test
    void copiesThatAgreeMakeNoItem() {
        assertThat(aboutHurt(compare(LATER, LATER, LATER))).isEmpty();
        assertThat(aboutHurt(compare(EARLY, EARLY))).isEmpty();
    }
}
