package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.HARBOUR;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** A passage the other copies tell in other words adds no fact: it is low wording; one with new facts is not. */
class RetoldTest {

    /** The item for a paragraph one of four copies adds at the end of the story, found by its opening words. */
    private static Discrepancy added(String paragraph) {
        List<String> p = new ArrayList<>(HARBOUR);
        p.add(paragraph);
        String wire = text(HARBOUR);
        String opening = paragraph.substring(0, paragraph.indexOf(' ', 12));
        return compare(wire, wire, wire, text(p)).discrepancies().stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains(opening))).findFirst()
                .orElseThrow();
    }

    private static void assertStaysAMediumAddition(Discrepancy d) {
        assertThat(d.kind()).isEqualTo(Kind.ADDITION);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aRecapOfWhatTheOthersTellIsLowWording() {
        Discrepancy d = added("Once open in March, the container terminal the Kessing Group built will handle "
                + "480 ships a year, employ 1,200 workers and, the mayor said, turn the whole region around.");
        assertThat(d.kind()).isEqualTo(Kind.WORDING);
        assertThat(d.severity()).isEqualTo(Severity.LOW);
        assertThat(d.why()).contains("in other words");
    }

    @Test
    void aRecapThatDeniesWhatTheOthersTellStaysAnAddition() {
        Discrepancy d = added("Once open in March, the container terminal the Kessing Group built will not handle "
                + "480 ships a year, employ 1,200 workers or, the mayor said, turn the whole region around.");
        assertStaysAMediumAddition(d);
    }

    @Test
    void aPassageWithFactsOfItsOwnStaysAnAddition() {
        Discrepancy d = added("The terminal cost 310 million euros, a sum the opposition in the city council "
                + "called reckless at a budget debate last autumn.");
        assertStaysAMediumAddition(d);
    }
}
