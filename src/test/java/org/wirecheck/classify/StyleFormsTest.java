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
}
