package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Acronyms that spell out the name just before them. */
class AcronymsTest {

    private static boolean spellsOut(String text, String acronym) {
        Document d = Document.of(new Witness("a.txt", "a.txt", text));
        for (int w = 0; w < d.size(); w++) {
            if (d.word(w).text().equals(acronym)) {
                return Acronyms.spellsOutPreceding(d, w);
            }
        }
        throw new AssertionError(acronym + " not in " + text);
    }

    @Test
    void anAcronymAfterItsNameSpellsItOut() {
        assertThat(spellsOut("His party, Pakistan Tehreek-e-Insaf (PTI), said so.", "PTI")).isTrue();
        assertThat(spellsOut("the National Transportation Safety Board (NTSB) said", "NTSB")).isTrue();
        assertThat(spellsOut("the European Central Bank (ECB) said", "ECB")).isTrue();
    }

    @Test
    void anAcronymOfSomethingElseIsAName() {
        assertThat(spellsOut("the Harbour Authority (NATO) said", "NATO")).isFalse();
        assertThat(spellsOut("officials said NATO would meet", "NATO")).isFalse();
    }
}
