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

    private static String adding(String paragraph) {
        List<String> p = new ArrayList<>(HARBOUR);
        p.add(paragraph);
        return text(p);
    }

    private static Discrepancy carrying(Comparison c, String words) {
        return c.discrepancies().stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains(words))).findFirst().orElseThrow();
    }

    @Test
    void aRecapOfWhatTheOthersTellIsLowWording() {
        String wire = text(HARBOUR);
        String recap = adding("Once open in March, the container terminal the Kessing Group built will handle "
                + "480 ships a year, employ 1,200 workers and, the mayor said, turn the whole region around.");
        Discrepancy d = carrying(compare(wire, wire, wire, recap), "Once open in March");
        assertThat(d.kind()).isEqualTo(Kind.WORDING);
        assertThat(d.severity()).isEqualTo(Severity.LOW);
        assertThat(d.why()).contains("in other words");
    }

    @Test
    void aRecapThatDeniesWhatTheOthersTellStaysAnAddition() {
        String wire = text(HARBOUR);
        String denial = adding("Once open in March, the container terminal the Kessing Group built will not handle "
                + "480 ships a year, employ 1,200 workers or, the mayor said, turn the whole region around.");
        Discrepancy d = carrying(compare(wire, wire, wire, denial), "Once open in March");
        assertThat(d.kind()).isEqualTo(Kind.ADDITION);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aPassageWithFactsOfItsOwnStaysAnAddition() {
        String wire = text(HARBOUR);
        String news = adding("The terminal cost 310 million euros, a sum the opposition in the city council "
                + "called reckless at a budget debate last autumn.");
        Discrepancy d = carrying(compare(wire, wire, wire, news), "310 million euros");
        assertThat(d.kind()).isEqualTo(Kind.ADDITION);
        assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
    }
}
