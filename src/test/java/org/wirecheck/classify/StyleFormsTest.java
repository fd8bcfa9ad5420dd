package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleFormsTest {

    private static String canonical(String... keys) {
        return StyleForms.canonical(List.of(keys), false);
    }

    @Test
    void abbreviatedMonthsDaysAndLeadingZerosAreOneForm() {
        assertThat(canonical("nov", "5")).isEqualTo(canonical("november", "05"));
        assertThat(canonical("mon", "nov", "5")).isEqualTo(canonical("monday", "nov", "5"));
        assertThat(canonical("0.5", "mile")).isEqualTo("0.5 mi");
    }

    @Test
    void differentDaysAndDatesStayApart() {
        assertThat(canonical("monday")).isNotEqualTo(canonical("tuesday"));
        assertThat(canonical("nov", "5")).isNotEqualTo(canonical("nov", "15"));
        assertThat(canonical("today")).isEqualTo("today");
    }

    @Test
    void britishSpellingInsideLongerWordsAndIrregularFormsIsAmerican() {
        assertThat(StyleForms.american("neighbourhoods")).isEqualTo("neighborhoods");
        assertThat(StyleForms.american("colourful")).isEqualTo("colorful");
        assertThat(StyleForms.american("programme")).isEqualTo("program");
        assertThat(StyleForms.american("programmes")).isEqualTo("programs");
        assertThat(StyleForms.american("manoeuvres")).isEqualTo("maneuvers");
        assertThat(StyleForms.american("fulfilled")).isEqualTo(StyleForms.american("fulfilled"));
        assertThat(StyleForms.american("fulfil")).isEqualTo(StyleForms.american("fulfill"));
        assertThat(StyleForms.american("enrolment")).isEqualTo("enrollment");
        assertThat(StyleForms.american("tyres")).isEqualTo("tires");
        assertThat(StyleForms.american("judgement")).isEqualTo("judgment");
    }

    @Test
    void wordsThatOnlyLookBritishStayThemselves() {
        assertThat(StyleForms.american("journey")).isEqualTo("journey");
        assertThat(StyleForms.american("tournament")).isEqualTo("tournament");
        assertThat(StyleForms.american("flourish")).isEqualTo("flourish");
        assertThat(StyleForms.american("hours")).isEqualTo("hours");
        assertThat(StyleForms.american("neighbor")).isEqualTo("neighbor");
    }

    @Test
    void quartersAndHalvesInShortAndLongForm() {
        assertThat(canonical("q2")).isEqualTo(canonical("second", "quarter"));
        assertThat(canonical("h1")).isEqualTo(canonical("first", "half"));
        assertThat(canonical("q2")).isNotEqualTo(canonical("third", "quarter"));
        assertThat(canonical("second", "place")).isEqualTo("second place");
    }

    @Test
    void abbreviatedScalesAreOneForm() {
        assertThat(canonical("4.8", "bln")).isEqualTo(canonical("4.8", "billion"));
        assertThat(canonical("4.8", "bln")).isNotEqualTo(canonical("4.8", "million"));
    }

    @Test
    void basisPointsAndBritishAgentNounsAreOneForm() {
        assertThat(canonical("50", "basis", "points")).isEqualTo(canonical("50", "bps"));
        assertThat(canonical("basis", "points")).isEqualTo(canonical("bps"));
        assertThat(StyleForms.american("fertilisers")).isEqualTo("fertilizers");
    }
}
