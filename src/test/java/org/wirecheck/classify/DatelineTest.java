package org.wirecheck.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirecheck.text.TextRange;

class DatelineTest {

    private static final int OFFSET = 100;

    /** The text a range of the copy covers, given the paragraph starts at OFFSET of the copy. */
    private static String at(String paragraph, TextRange r) {
        return paragraph.substring(r.start() - OFFSET, r.end() - OFFSET);
    }

    @Test
    void reutersDatelineGivesPlaceDateAndAgencyWithCopyOffsets() {
        String p = "SEOUL, Jan 30 (Reuters) \u2013 NATO chief Jens Stoltenberg urged South Korea on Monday.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo(new TextRange(OFFSET, OFFSET + 5));
        assertThat(d.date()).isEqualTo(new TextRange(OFFSET + p.indexOf("Jan"), OFFSET + p.indexOf("Jan") + 6));
        assertThat(d.agency())
                .isEqualTo(new TextRange(OFFSET + p.indexOf("Reuters"), OFFSET + p.indexOf("Reuters") + 7));
        assertThat(at(p, d.place())).isEqualTo("SEOUL");
        assertThat(at(p, d.date())).isEqualTo("Jan 30");
        assertThat(at(p, d.agency())).isEqualTo("Reuters");
        assertThat(d.whole().start()).isEqualTo(OFFSET);
        assertThat(d.whole().end()).isLessThanOrEqualTo(OFFSET + p.indexOf("NATO"));
    }

    /** The dateline of paragraph p has this place, date and agency. */
    private static void assertParts(String p, String place, String date, String agency) {
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(d).isNotNull();
        assertThat(at(p, d.place())).isEqualTo(place);
        assertThat(at(p, d.date())).isEqualTo(date);
        assertThat(at(p, d.agency())).isEqualTo(agency);
    }

    @Test
    void aDatelineMayGiveTheDateAndAgencyWithoutAPlace() {
        String p = "July 23 (Reuters) - Corvanta Systems said on Tuesday it would cut 1,500 jobs.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(d).isNotNull();
        assertThat(d.place()).isNull();
        assertThat(at(p, d.date())).isEqualTo("July 23");
        assertThat(at(p, d.agency())).isEqualTo("Reuters");
    }

    @Test
    void aDateInFiguresIsTheDatelinesDate() {
        assertParts("DURVAN, Azkaria, 14/03 (AFP) - The death toll climbed to 52 on Friday, the authorities said.",
                "DURVAN, Azkaria", "14/03", "AFP");
    }

    @Test
    void roleOfTellsThePartsApart() {
        String p = "SEOUL, Jan 30 (Reuters) \u2013 NATO chief";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(d.roleOf(OFFSET)).isEqualTo("place");
        assertThat(d.roleOf(OFFSET + p.indexOf("30"))).isEqualTo("date");
        assertThat(d.roleOf(OFFSET + p.indexOf("Reuters"))).isEqualTo("agency");
        assertThat(d.roleOf(OFFSET + p.indexOf("\u2013"))).isEqualTo("dateline");
        assertThat(d.roleOf(OFFSET + p.indexOf("chief"))).isNull();
    }

    @Test
    void efeDatelineWithDotDashSeparatorGivesAgency() {
        assertParts("Seoul, Jan 30 (EFE).- Nato chief Jens Stoltenberg on Monday urged South Korea.", "Seoul",
                "Jan 30", "EFE");
    }

    @Test
    void capitalisedPlaceAndDashGivesPlaceWithoutAgency() {
        String p = "JAKARTA - Indonesia's president said on Monday the capital would move.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(d).isNotNull();
        assertThat(at(p, d.place())).isEqualTo("JAKARTA");
        assertThat(d.agency()).isNull();
        assertThat(d.date()).isNull();
    }

    @Test
    void agencyWithoutDateGivesPlaceAndAgency() {
        String p = "WASHINGTON (AP) \u2014 The Senate voted on Tuesday.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(d).isNotNull();
        assertThat(at(p, d.place())).isEqualTo("WASHINGTON");
        assertThat(at(p, d.agency())).isEqualTo("AP");
        assertThat(d.date()).isNull();
    }

    @Test
    void ordinarySentenceHasNoDateline() {
        assertThat(Dateline.find("The minister said the talks would resume on Monday.", OFFSET)).isNull();
    }

    @Test
    void sentenceWithAParenthesisMidwayHasNoDateline() {
        assertThat(Dateline.find("A US official (who asked not to be named) said the talks failed.", OFFSET)).isNull();
    }

    @Test
    void placeKeepsItsRegionAndTheDateStaysApart() {
        String p = "MANCHESTER, England, Nov 5 (Reuters) - A late penalty earned the hosts a win over the visitors.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(at(p, d.place())).isEqualTo("MANCHESTER, England");
        assertThat(at(p, d.date())).isEqualTo("Nov 5");
        assertThat(at(p, d.agency())).isEqualTo("Reuters");
    }

    @Test
    void capitalisedPlaceWithRegionAndNoAgency() {
        String p = "CIMARRON, Kan. \u2014 A passenger train derailed overnight in a rural area of the state.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(at(p, d.place())).isEqualTo("CIMARRON, Kan.");
        assertThat(d.agency()).isNull();
    }

    @Test
    void placeAndDateBeforeAColonStartAStoryParagraph() {
        String p = "Islamabad, August 05 : Police arrested the former prime minister in the eastern city on Saturday.";
        Dateline.Parts d = Dateline.find(p, OFFSET);
        assertThat(at(p, d.place())).isEqualTo("Islamabad");
        assertThat(at(p, d.date())).isEqualTo("August 05");
        assertThat(Dateline.find("Key Points: the former prime minister was arrested.", OFFSET)).isNull();
        assertThat(Dateline.find("EPL: Late show sends the champions top", OFFSET)).isNull();
    }
}
