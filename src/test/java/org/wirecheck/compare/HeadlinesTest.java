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

/** Each site writes its own headline: a headline worded differently is low; a number it changes is still a fact. */
class HeadlinesTest {

    private static String headed(String headline) {
        List<String> p = new ArrayList<>();
        p.add(headline);
        p.addAll(HARBOUR);
        return text(p);
    }

    @Test
    void headlinesWordedDifferentlyAreLowWording() {
        Comparison c = compare(headed("Valdora terminal to open in March, port says"),
                headed("Valdora terminal to open in March, port says"),
                headed("New container terminal for Valdora as critics fear for estuary eels"),
                headed("Port of Valdora unveils opening date amid fishermen's protest"));
        List<Discrepancy> inHeadlines = c.discrepancies().stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains("Valdora terminal")
                        || r.text().contains("estuary eels") || r.text().contains("unveils"))).toList();
        assertThat(inHeadlines).isNotEmpty().allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.kind()).isEqualTo(Kind.WORDING);
        });
        assertThat(c.discrepancies()).noneMatch(d -> d.severity() != Severity.LOW);
    }

    @Test
    void aNumberAHeadlineStatesDifferentlyStaysAHighNumber() {
        String wire = headed("Valdora terminal can handle 480 ships a year");
        Comparison c = compare(wire, wire, headed("Valdora terminal can handle 840 ships a year"));
        assertThat(c.discrepancies()).anyMatch(d -> d.kind() == Kind.NUMBER && d.severity() == Severity.HIGH
                && d.readings().stream().anyMatch(r -> r.text().contains("840")));
    }

    @Test
    void aHeadlineOneCopyWordsItsOwnWayIsLowEvenWhenTheDatelineFollowsIt() {
        String wire = datelined("Valdora terminal to open in March, port says");
        Comparison c = compare(wire, wire, wire, datelined("Fishermen fear for eels as Valdora gets new terminal"));
        assertThat(c.discrepancies()).noneMatch(d -> d.severity() != Severity.LOW);
    }

    private static String datelined(String headline) {
        List<String> p = new ArrayList<>();
        p.add(headline);
        p.add("Valdora, March 3: " + HARBOUR.get(0));
        p.addAll(HARBOUR.subList(1, HARBOUR.size()));
        return text(p);
    }
}
