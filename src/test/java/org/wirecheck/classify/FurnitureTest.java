package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecheck.classify.Furniture.Role;

class FurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"Related Articles", "Leave a Reply", "Back to top button", "- World News",
            "- 3 min read", "Share this article", "Advertisement", "Related: Living on the fault line",
            "Related coverage: Southern provinces brace for more heavy rain this week",
            "Follow us on X @DailyMeridian for the latest updates", "Share this article: Facebook | X | Email",
            "Health Desk | 3 May 2025", "Chilembo Daily Online – Health – 3 May 2025", "May 3, 2025 | World News | AFP",
            "Published on 03/05/2025 at 10h40 – translated from the French", "Posted: Feb. 3, 2025 / 04:12 PM EST",
            "By Courier Staff | February 3, 2025"})
    void navigationLinesAreFurniture(String line) {
        assertThat(Furniture.of(line)).isEqualTo(Role.FURNITURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Follow all the action from the Harbour Stadium", "Live updates", "Get the latest updates",
            "Read full article"})
    void liveCoveragePromptsAreFurniture(String line) {
        assertThat(Furniture.of(line)).isEqualTo(Role.FURNITURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "Sports Staff", "Staff Reporter", "Web Desk", "Agencies",
            "By Jane Doe and John Roe", "[Source: Reuters]", "Source: AFP"})
    void aBylineAloneOnItsLineIsACredit(String line) {
        assertThat(Furniture.of(line)).isEqualTo(Role.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the river the staff left early.", "The staff left", "Reporters gathered outside.",
            "Live coverage of the hearing was banned by the judge.", "Follow the action of the rescue teams as they "
            + "reach the stranded villages.", "Share prices fell 6% in early trading: the steepest fall this year.",
            "The vote – held on 3 May 2025 – passed by two votes."})
    void sentencesAboutStaffOrReportersAreStory(String line) {
        assertThat(Furniture.of(line)).isEqualTo(Role.NONE);
    }

    @Test
    void updateStampIsFurniture() {
        assertThat(Furniture.of("Updated 15:35 IST, January 30th 2023")).isEqualTo(Role.FURNITURE);
    }

    @Test
    void commentFormDisclaimerIsFurniture() {
        assertThat(Furniture.of("Your email address will not be published.")).isEqualTo(Role.FURNITURE);
    }

    @Test
    void reportingCreditIsCredit() {
        assertThat(Furniture.of("Reported by Jane Doe; Editing by John Roe")).isEqualTo(Role.CREDIT);
    }

    @Test
    void parenthesisedCreditIsCredit() {
        assertThat(Furniture.of("(Reporting by Jane Doe; Editing by John Roe)")).isEqualTo(Role.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister said the talks would resume on Monday.",
            "Police said 12 people were injured in the blast.",
            "Share prices fell 3% after the announcement.",
            "The report was published on Tuesday after a two-year inquiry into the dredging and its effects on the "
                    + "estuary."})
    void ordinaryStorySentencesAreNone(String sentence) {
        assertThat(Furniture.of(sentence)).isEqualTo(Role.NONE);
    }

    @Test
    void storySentenceBeginningWithUpdatedIsNotAnUpdateStamp() {
        assertThat(Furniture.of("Updated figures show 40 people died in the floods.")).isEqualTo(Role.NONE);
    }

    @Test
    void storySentenceBeginningWithSubscribersIsNotASubscribePrompt() {
        assertThat(Furniture.of("Subscribers rose to 2 million last year.")).isEqualTo(Role.NONE);
    }

    @Test
    void blankPassageIsNone() {
        assertThat(Furniture.of("  - ")).isEqualTo(Role.NONE);
    }
}
