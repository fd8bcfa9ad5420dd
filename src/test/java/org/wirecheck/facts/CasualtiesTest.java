package org.wirecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirecheck.facts.Casualties.Claim;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** How badly a copy says people were hurt, read in sentences about injuries only. */
class CasualtiesTest {

    private static Casualties.Statement first(String text) {
        return Casualties.first(Document.of(new Witness("a.txt", "a.txt", text + "\n")));
    }

    private static Claim claim(String text) {
        return first(text).claim();
    }

    private static String words(String text) {
        Document d = Document.of(new Witness("a.txt", "a.txt", text + "\n"));
        Casualties.Statement s = Casualties.first(d);
        return d.text().substring(d.charStart(s.from()), d.charEnd(s.to()));
    }

    @Test
    void aDeniedSeriousHurtIsNoneSerious() {
        assertThat(claim("A spokeswoman said none of the injuries were life-threatening."))
                .isEqualTo(Claim.NONE_SERIOUS);
        assertThat(claim("No one was seriously hurt when the bus overturned.")).isEqualTo(Claim.NONE_SERIOUS);
        assertThat(claim("The driver wasn't critically injured, police said.")).isEqualTo(Claim.NONE_SERIOUS);
        assertThat(claim("Three people suffered non-life-threatening injuries.")).isEqualTo(Claim.NONE_SERIOUS);
        assertThat(claim("Four passengers were treated for minor injuries.")).isEqualTo(Claim.NONE_SERIOUS);
        assertThat(words("A spokeswoman said none of the injuries were life-threatening."))
                .isEqualTo("none of the injuries were life-threatening");
    }

    @Test
    void aSeriousHurtIsSomeSeriousWithTheNumberItCounts() {
        assertThat(claim("At least 32 people were hurt, two of them critically, officials said."))
                .isEqualTo(Claim.SOME_SERIOUS);
        assertThat(words("At least 32 people were hurt, two of them critically, officials said."))
                .isEqualTo("two of them critically");
        assertThat(claim("They were listed in critical condition.")).isEqualTo(Claim.SOME_SERIOUS);
        assertThat(claim("The crash left one man with life-threatening injuries.")).isEqualTo(Claim.SOME_SERIOUS);
    }

    @Test
    void aDenialInAnotherClauseDoesNotReach() {
        assertThat(claim("No one was killed, but two were critically injured.")).isEqualTo(Claim.SOME_SERIOUS);
    }

    @Test
    void aSentenceNotAboutHurtSaysNothing() {
        assertThat(first("The minister was critical of the plan and called it a serious mistake.")).isNull();
        assertThat(first("An official, speaking on condition of anonymity, said the situation was critical.")).isNull();
        assertThat(first("Doctors at the hospital were critical of the response and raised serious concerns."))
                .isNull();
    }

    @Test
    void aHedgeSaysNeither() {
        assertThat(first("It was not clear how many were seriously injured.")).isNull();
        assertThat(first("Police did not say whether anyone was seriously hurt.")).isNull();
    }

    @Test
    void aNumberOfPeopleHurtSeriouslyIsSomeSerious() {
        assertThat(claim("None of the three critically injured passengers has died.")).isEqualTo(Claim.SOME_SERIOUS);
    }

    @Test
    void someSeriousAnywhereInTheCopyWins() {
        assertThat(claim("Five people suffered minor injuries and two were critically hurt."))
                .isEqualTo(Claim.SOME_SERIOUS);
        assertThat(claim("The driver was not seriously hurt. A passenger was in critical condition."))
                .isEqualTo(Claim.SOME_SERIOUS);
        assertThat(claim("Police said no; two people were in critical condition.")).isEqualTo(Claim.SOME_SERIOUS);
        assertThat(claim("None of the passengers and crew were seriously hurt.")).isEqualTo(Claim.NONE_SERIOUS);
        assertThat(claim("Slightly more than 20 people were injured, two of them critically."))
                .isEqualTo(Claim.SOME_SERIOUS);
    }
}
