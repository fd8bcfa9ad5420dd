package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Paragraphs;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** A copy that tells a passage its own way, in the same place and about the same subject, is one item. */
class SubstitutionsTest {

    private static final List<String> FLOOD = List.of(
            "Floodwaters forced more than 2,000 residents of Tarnvik from their homes on Sunday, officials said.",
            "The river Oslen burst its banks after four days of heavy rain across the northern highlands.",
            "Critics blamed Mayor Ilse Brandt for ordering the evacuation of the harbour district only at midnight.",
            "Brandt has rejected any blame for the timing of the order.",
            "The regional council opened three emergency shelters in schools on the eastern hills.",
            "Forecasters expect the rain to ease by Tuesday, but warned that the river could peak again overnight.",
            "Railway services between Tarnvik and the capital remain suspended until the tracks are inspected.");

    private static String story(List<String> paragraphs) {
        return Paragraphs.text(paragraphs);
    }

    private static String replacing(int paragraph, String with) {
        return Paragraphs.with(FLOOD, paragraph, with);
    }

    private static List<Discrepancy> mentioning(Comparison c, String words) {
        return c.discrepancies().stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains(words))).toList();
    }

    @Test
    void aSentenceToldItsOwnWayInTheSamePlaceIsOneItemWithBothReadings() {
        String full = story(FLOOD);
        String own = replacing(3, "However, Brandt admitted that she had not acted in time to save the homes.");
        Comparison c = compare(full, full, full, own, Paragraphs.without(FLOOD, 3));
        List<Discrepancy> items = mentioning(c, "admitted that she");
        assertThat(items).hasSize(1);
        Discrepancy d = items.get(0);
        assertThat(d.kind()).isEqualTo(Kind.WORDING);
        assertThat(d.readings()).extracting(Reading::text)
                .anyMatch(t -> t.contains("rejected any blame")).anyMatch(t -> t.contains("admitted that she"));
        assertThat(mentioning(c, "rejected any blame")).containsExactly(d);
        // E tells neither: it is in the item, at its gap
        assertThat(d.readings()).anySatisfy(r -> assertThat(r.text()).isEmpty())
                .flatExtracting(Reading::locations).extracting(Location::witnessId)
                .containsExactlyInAnyOrder("A", "B", "C", "D", "E");
        // "had not acted" against a sentence with no negation: a change of meaning that can be named
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.why()).contains("negation");
    }

    @Test
    void aPassageAboutSomethingElseInTheSamePlaceStaysAnAdditionAndAnOmission() {
        String full = story(FLOOD);
        String other = replacing(3, "Volunteers from Oslo handed out blankets and hot soup at the main station.");
        Comparison c = compare(full, full, full, other);
        assertThat(mentioning(c, "hot soup")).allSatisfy(d -> assertThat(d.kind()).isEqualTo(Kind.ADDITION))
                .isNotEmpty();
        assertThat(mentioning(c, "rejected any blame")).allSatisfy(d -> assertThat(d.kind()).isEqualTo(Kind.OMISSION))
                .isNotEmpty();
    }
}
