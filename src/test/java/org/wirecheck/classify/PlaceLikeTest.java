package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.text.Document;
import org.wirecheck.text.Witness;

/** A name is a place when it stands right after a place word often enough, not after a name's last word. */
class PlaceLikeTest {

    private static StoryContext context(String text) {
        return new StoryContext(List.of(Document.of(new Witness("a.txt", "a.txt", text))));
    }

    @Test
    void aNameRightAfterAPrepositionOrAfterTheCapitalIsAPlace() {
        StoryContext ctx = context("The ferry sailed from Kessa at dawn. Officials flew to the capital, Varde, "
                + "on Monday. Varde said the port would reopen.\n");
        assertThat(ctx.placeLike("kessa")).isTrue();
        assertThat(ctx.placeLike("varde")).isTrue();
    }

    @Test
    void aNameAfterAnotherNamesCommaIsNoPlace() {
        StoryContext ctx = context("The ferry ran aground near Port City, Lindholm said on Monday. "
                + "Lindholm runs the ferry.\n");
        assertThat(ctx.placeLike("lindholm")).isFalse();
    }

    @Test
    void aCompanyOnceAfterToAmongManyUsesIsNoPlace() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append("Lindholm said the ferry ").append(i).append(" would sail. ");
        }
        text.append("Questions were referred to Lindholm.\n");
        assertThat(context(text.toString()).placeLike("lindholm")).isFalse();
        assertThat(context("Questions were referred to Lindholm. Lindholm said no more.\n").placeLike("lindholm"))
                .isTrue();
    }

    @Test
    void aSourceAfterAccordingToOrBeforeAWordOfSourcingIsNoPlace() {
        StoryContext ctx = context("The port will reopen, according to Coastline Radio. A report from Meridian "
                + "Television said the same. The ferry sailed from Kessa.\n");
        assertThat(ctx.placeLike("coastline")).isFalse();
        assertThat(ctx.placeLike("meridian")).isFalse();
        assertThat(ctx.placeLike("kessa")).isTrue();
    }

    @Test
    void aPlaceBeforeACommaASaidOrAnotherSentenceStaysAPlace() {
        StoryContext ctx = context("Five people were killed in Gaza, according to the health ministry. A spokesman "
                + "in Kyiv told reporters the talks would go on. The minister arrived in Seoul. News of the visit "
                + "spread fast.\n");
        assertThat(ctx.placeLike("gaza")).isTrue();
        assertThat(ctx.placeLike("kyiv")).isTrue();
        assertThat(ctx.placeLike("seoul")).isTrue();
    }
}
