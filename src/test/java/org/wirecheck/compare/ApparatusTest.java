package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The variant view of one discrepancy, as an apparatus entry and lines of text. */
class ApparatusTest {

    private static Discrepancy find(Comparison c, String summary) {
        return c.discrepancies().stream().filter(d -> d.summary().equals(summary)).findFirst().orElseThrow();
    }

    @Test
    void eachReadingWithItsWordsAroundAndItsCopies() {
        Comparison c = Floods.compare();
        Discrepancy name = find(c, "Oduya / Odoya");
        Apparatus a = Apparatus.of(c, name);

        assertThat(a.entry()).isEqualTo("Oduya] A, B, D, E; Odoya C");
        assertThat(a.entries()).hasSize(2);
        Apparatus.Entry b = a.entries().get(1);
        assertThat(b.letter()).isEqualTo("b");
        assertThat(b.copyIds()).containsExactly("C");
        assertThat(b.line()).isEqualTo("b  …said rescue chief Paul [Odoya], adding that hundreds…  C");
        assertThat(a.text()).isEqualTo(name.id() + " NAME high: Oduya / Odoya\n"
                + "Oduya] A, B, D, E; Odoya C\n"
                + "a  …said rescue chief Paul [Oduya], adding that hundreds…  A, B, D, E (majority)\n"
                + "b  …said rescue chief Paul [Odoya], adding that hundreds…  C\n");
        assertThat(a.lacking()).isEmpty();
    }

    @Test
    void anOmittedReadingIsOmAndACopyWithoutThePassageIsLac() {
        Comparison c = Floods.compare();
        Apparatus evening = Apparatus.of(c, find(c, "(absent) / evening"));
        assertThat(evening.entry()).isEqualTo("om.] A, B, C; evening D, E");
        assertThat(evening.entries().get(0).line()).isEqualTo("a  …to 128 on Tuesday[om.], the regional emergency…"
                + "  A, B, C (majority)");

        String cut = Floods.FIRST.substring(0, Floods.FIRST.indexOf("\"We are"));
        Comparison shorter = Floods.compare(Floods.FIRST, Floods.FIRST, Floods.MISSPELT, cut);
        Apparatus name = Apparatus.of(shorter, find(shorter, "Oduya / Odoya"));
        assertThat(name.lacking()).containsExactly("D");
        assertThat(name.entry()).endsWith("; lac. D");
        assertThat(name.text()).endsWith("lac.  D (lack the passage)\n");
        assertThat(Apparatus.SIGLA).contains("om.").contains("lac.");
    }

    @Test
    void contextStopsAtAParagraphAndLongReadingsAreCutInTheMiddle() {
        assertThat(Apparatus.Context.before("One two.\n\nThree four five", 21, 4)).isEqualTo("Three four ");
        assertThat(Apparatus.Context.after("one two.\n\nThree", 0, 4)).isEqualTo("one two.");
        assertThat(Apparatus.Context.after("one two three four five", 0, 4)).isEqualTo("one two three four…");
        assertThat(Apparatus.Context.before("one two three four five six", 24, 4)).isEqualTo("…two three four five ");
        assertThat(Apparatus.Context.cutMiddle("abcdefghij", 5)).isEqualTo("ab…ij");
    }
}
