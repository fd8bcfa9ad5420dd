package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** What casualty figures count, and numbers that are parts of dates. */
class CountedTest {

    private static List<String> counts(String text) {
        Document d = Document.of(new Witness("a.txt", "a.txt", text));
        return NumberMentions.of(0, d, s -> false).stream().filter(m -> !m.value().startsWith(NumberMentions.DAY))
                .map(m -> m.value() + "=" + m.counts()).toList();
    }

    @Test
    void theDeadTheHurtAndTheMissingByTheWordsOfTheirClause() {
        assertThat(counts("A quake struck on Friday, killing at least 37 people and flattening homes."))
                .containsExactly("37=dead");
        assertThat(counts("At least 52 people were killed and more than 200 injured when the quake hit."))
                .containsExactly("52=dead", "200=hurt");
        assertThat(counts("The storm killed 4 and injured 30 in the valley, and 12 people are missing."))
                .containsExactly("4=dead", "30=hurt", "12=missing");
    }

    @Test
    void aTollIsTheSubjectOfAVerbOfChangeEvenAcrossCommas() {
        assertThat(counts("The death toll from the quake in the remote mountains, in the north, rose to 52 on Friday, "
                + "with more than 200 people wounded.")).containsExactly("52=dead", "200=hurt");
        assertThat(counts("The number of people injured in the blast climbed to 75.")).containsExactly("75=hurt");
    }

    @Test
    void otherFiguresCountNoCasualties() {
        assertThat(counts("The council set a 12-hour deadline and 40 buses were sent, while sales rose to 9 million."))
                .allMatch(s -> s.endsWith("="));
    }

    @Test
    void aThousandWithItsSeparatorIsNoYearAndADateInFiguresNoNumber() {
        assertThat(counts("More than 2,000 people were wounded in 2000.")).containsExactly("2000=hurt");
        assertThat(counts("DURVAN, 14/03 (AFP) - The bridge carried 40 trucks.")).containsExactly("40=");
        assertThat(counts("UPDATE 1-Death toll from ferry capsizing rises to 19")).containsExactly("19=dead");
    }

    @Test
    void aDayOfTheWeekIsAMentionOfItsOwnKind() {
        Document d = Document.of(new Witness("a.txt", "a.txt", "The ferry sank on Saturday, 5 November, and 12 "
                + "people sat on the bank until Sunday."));
        assertThat(NumberMentions.of(0, d, s -> false)).extracting(NumberMention::value)
                .containsExactly("day:saturday", "12", "day:sunday");
    }

    @Test
    void noOneHurtIsACountOfNoneAndNoOneHurtBadlyIsNot() {
        assertThat(counts("No one was injured, the airline said.")).containsExactly("0=hurt");
        assertThat(counts("There were no deaths, and four people were treated for minor injuries."))
                .containsExactly("0=dead", "4=hurt");
        assertThat(counts("No one was seriously hurt, police said.")).isEmpty();
        assertThat(counts("No one knows how the fire started.")).isEmpty();
    }
}
