package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.lacking;
import static org.wirecheck.compare.Stories.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy cut so that it names a person nobody introduced: the missing introduction shows where the name stands. */
class IntroductionsTest {

    private static final String INTRO = "Marta Lindqvist, 34, said she was thrown from her seat when the carriage "
            + "tipped and spent an hour waiting for the firefighters to cut the door open.";
    private static final List<String> STORY = List.of(
            "A regional train left the rails near Osterby on Sunday evening, injuring at least 12 passengers.",
            "The train was carrying 140 people from the coast to the capital when three carriages overturned.",
            INTRO,
            "Jonas Berg, 40, who sat beside Lindqvist, said the lights went out and people started screaming.",
            "Investigators from the rail safety board arrived on Monday morning to examine the damaged track.");

    private static String without(int paragraph) {
        List<String> p = new ArrayList<>(STORY);
        p.remove(paragraph);
        return text(p);
    }

    private static Discrepancy introduction(Comparison c) {
        return c.discrepancies().stream().filter(d -> d.readings().stream()
                .anyMatch(r -> r.text().contains("Marta Lindqvist"))).findFirst().orElseThrow();
    }

    @Test
    void aCopyThatNamesThePersonItNeverIntroducedShowsItsGapAtThatName() {
        String full = text(STORY);
        String cut = without(2);
        Comparison c = compare(full, full, cut, cut);
        Discrepancy d = introduction(c);
        assertThat(d.why()).endsWith("it introduces Marta Lindqvist, whom 2 copies without it name all the same");
        assertThat(lacking(d)).containsExactly("C", "D");
        int atName = cut.indexOf("beside Lindqvist") + "beside ".length();
        assertThat(d.readings().stream().filter(r -> r.text().isEmpty()).flatMap(r -> r.locations().stream()))
                .allSatisfy(l -> assertThat(l.start()).isEqualTo(l.end()).isEqualTo(atName));
    }

    @Test
    void aCopyThatIntroducesSomeoneElseOfThatSurnameOrNeverNamesHerIsLeftAsItWas() {
        String full = text(STORY);
        List<String> other = new ArrayList<>(STORY);
        other.set(2, "Erik Lindqvist, a nurse travelling home, helped the injured out through a window.");
        List<String> neverNamed = new ArrayList<>(STORY);
        neverNamed.remove(2);
        neverNamed.set(2, "Jonas Berg, 40, said the lights went out and people started screaming.");
        Comparison c = compare(full, full, text(other), text(neverNamed));
        Discrepancy d = introduction(c);
        assertThat(d.why()).doesNotContain("it introduces");
    }
}
