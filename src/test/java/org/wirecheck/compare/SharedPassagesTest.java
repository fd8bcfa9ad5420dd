package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;
import static org.wirecheck.compare.Stories.lacking;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;

/**
 * A passage that several copies tell and others lack (the later versions of an updated wire story add it, each in
 * its own words) is one item naming every copy that tells it and every copy that lacks it.
 */
class SharedPassagesTest {

    private static final List<String> MINE = List.of(
            "Rescuers in Kellberg reached eleven miners trapped underground since Friday, the regional governor said.",
            "The men had been stuck 300 metres below the surface after a tunnel collapsed during the night shift.",
            "Medical teams checked every miner at a field station before taking four of them to hospital in Arden.",
            "The Borvik Mining Company said production at the pit would stay suspended until the inquiry ends.",
            "Relatives who had waited at the gates for three days cheered as the first stretcher came up the shaft.",
            "The collapse is the second at the site this year; in March two workers were hurt in a smaller fall.",
            "Union leader Tomas Vereck called for an independent check of every support beam in the old galleries.");

    private static String story(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }

    /** The story with paragraph {@code text} inserted before paragraph {@code at}. */
    private static String adding(List<String> base, int at, String text) {
        List<String> p = new ArrayList<>(base);
        p.add(at, text);
        return story(p);
    }

    private static List<Discrepancy> passagesTelling(Comparison c, String words) {
        return c.discrepancies().stream().filter(d -> d.kind() == Kind.OMISSION || d.kind() == Kind.ADDITION)
                .filter(d -> d.why().startsWith("passage"))
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().contains(words))).toList();
    }


    private static List<String> telling(Discrepancy d) {
        return d.readings().stream().filter(r -> !r.text().isEmpty()).flatMap(r -> r.locations().stream())
                .map(Location::witnessId).sorted().toList();
    }

    @Test
    void aParagraphTheLaterVersionsAddInTheirOwnWordsIsOneItemNamingThemAllAndTheCopiesLackingIt() {
        String early = story(MINE);
        Comparison c = compare(early, early,
                adding(MINE, 3, "Engineers found a crack in the ventilation shaft and stopped the pumps before dawn, "
                        + "a company official said."),
                adding(MINE, 3, "A crack in the ventilation shaft was found by engineers, who stopped the pumps "
                        + "before dawn, the company said."),
                adding(MINE, 3, "Engineers stopped the pumps before dawn after they found a crack in the "
                        + "ventilation shaft, according to the company."));
        List<Discrepancy> crack = passagesTelling(c, "crack");
        assertThat(crack).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.OMISSION);
            assertThat(telling(d)).containsExactly("C", "D", "E");
            assertThat(lacking(d)).containsExactly("A", "B");
        });
    }

    @Test
    void aCopyThatGoesOnWithParagraphsOfItsOwnHasNotEndedItLacksWhatItLeftOut() {
        List<String> rewritten = new ArrayList<>(MINE.subList(0, 4));
        rewritten.add("Late on Sunday the governor announced a fund for the families of the miners and promised "
                + "a report on the accident within a month.");
        rewritten.add("Church bells rang across Kellberg in the evening as the town gathered for a service of "
                + "thanks in the square.");
        String full = story(MINE);
        Comparison c = compare(full, full, story(rewritten));
        assertThat(passagesTelling(c, "independent check")).singleElement()
                .satisfies(d -> assertThat(lacking(d)).containsExactly("C"));
    }

    @Test
    void paragraphsOnDifferentThingsAreTwoItemsAQuoteThatGoesOnIsOneWithItsParagraph() {
        List<String> longer = new ArrayList<>(MINE);
        longer.add(2, "Snow closed the mountain road to Kellberg on Saturday, slowing the convoy of drilling "
                + "equipment sent from the capital.");
        longer.add(3, "A second team of rescuers from the neighbouring province joined the effort on Sunday "
                + "morning with thermal cameras.");
        longer.add(7, "Miner Pavel Ostrow, 34, said the men rationed their water and took turns sleeping in "
                + "the only dry gallery.");
        longer.add(8, "“We sang to keep each other awake and we never stopped believing that someone would "
                + "come for us,” he said.");
        String full = story(MINE);
        Comparison c = compare(full, full, story(longer));
        assertThat(passagesTelling(c, "Snow closed")).singleElement()
                .satisfies(d -> assertThat(d.readings().stream().noneMatch(r -> r.text().contains("second team")))
                        .isTrue());
        assertThat(passagesTelling(c, "second team")).hasSize(1);
        assertThat(passagesTelling(c, "Pavel Ostrow")).singleElement()
                .satisfies(d -> assertThat(d.readings().stream().anyMatch(r -> r.text().contains("We sang")))
                        .isTrue());
    }

    @Test
    void aParagraphTwoCopiesAddAtDifferentPlacesShowsTheGapsAtEachPlace() {
        String extra = "Geologists warned that heavy rain could loosen the rock above the eastern galleries again.";
        String full = story(MINE);
        Comparison c = compare(full, full, adding(MINE, 1, extra), adding(MINE, 5, extra));
        List<Discrepancy> items = passagesTelling(c, "Geologists warned");
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.stream().flatMap(d -> d.readings().stream()).filter(r -> r.text().isEmpty())
                .flatMap(r -> r.locations().stream()).filter(l -> l.witnessId().equals("A"))
                .map(Location::start).distinct()).hasSizeGreaterThanOrEqualTo(2);
    }
}
