package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** Whom an invented copy credits as a whole, wherever the credit stands. */
class StoryCreditsTest {

    private static final String LEDE = "The mayor of Oakvale opened the new harbour library on Saturday with a short "
            + "speech to residents and pupils.";
    private static final String REST = "The building cost the town council four million dollars and took two years.";

    private static StoryContext ctx(String text) {
        return new StoryContext(List.of(Document.of(new Witness("a.txt", "a.txt", text))));
    }

    private static StoryCredits.Credit credit(String text) {
        return ctx(text).storyCredit(0);
    }

    private static String at(String text, StoryCredits.Credit c) {
        return text.substring(c.range().start(), c.range().end());
    }

    @Test
    void aSourceLineCreditsItsAgency() {
        String text = "Library opens\n\n[Source: Reuters]\n\n" + LEDE + "\n\n" + REST + "\n";
        StoryCredits.Credit c = credit(text);
        assertThat(c.key()).isEqualTo("reuters");
        assertThat(c.agency()).isTrue();
        assertThat(at(text, c)).contains("Reuters");
    }

    @Test
    void aSourceLineWithANoteCreditsItsAgency() {
        String text = "Library opens\n\n" + LEDE + "\n\n" + REST + "\n\n(Source: Reuters / own translation)\n";
        assertThat(credit(text).key()).isEqualTo("reuters");
        String used = "Library opens\n\n" + LEDE + "\n\n" + REST
                + "\n\nInformation from The Associated Press was used in this report.\n";
        assertThat(credit(used).key()).isEqualTo("ap");
    }

    @Test
    void anAgencyAloneOnItsLineAtTheEndCreditsTheStory() {
        String text = "Library opens\n\n" + LEDE + "\n\n" + REST + "\n\n(AFP)\n";
        assertThat(credit(text).key()).isEqualTo("afp");
    }

    @Test
    void anAgencyReportingTheStoryCreditsIt() {
        String text = "Library opens\n\n" + LEDE.replace(" pupils.", " pupils, the Associated Press reports.")
                + "\n\n" + REST + "\n";
        StoryCredits.Credit c = credit(text);
        assertThat(c.key()).isEqualTo("ap");
        assertThat(at(text, c)).isEqualTo("the Associated Press reports");
    }

    @Test
    void aStaffBylineCreditsTheStoryWhenNoAgencyDoes() {
        String text = "Library opens\n\nMetro Staff\n\n" + LEDE + "\n\n" + REST + "\n";
        StoryCredits.Credit c = credit(text);
        assertThat(c.agency()).isFalse();
        assertThat(at(text, c)).isEqualTo("Metro Staff");
        String credited = "Library opens\n\nMetro Staff\n\nOAKVALE, Nov 5 (AP) - " + LEDE + "\n\n" + REST + "\n";
        assertThat(credit(credited).key()).isEqualTo("ap");
    }

    @Test
    void aStatementToldToAnAgencyIsNoStoryCredit() {
        String text = "Library opens\n\n" + LEDE + "\n\n" + REST.replace(" years.", " years, the mayor told Reuters.")
                + "\n\n"
                + "The Harbour Times reported that the roof leaked.\n";
        assertThat(credit(text)).isNull();
    }
}
