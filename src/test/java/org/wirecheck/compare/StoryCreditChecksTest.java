package org.wirecheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirecheck.compare.Stories.compare;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/** Whom each copy credits the whole story to, compared wherever in the page the credit stands. */
class StoryCreditChecksTest {

    private static final String LEDE = "The mayor of Oakvale opened the new harbour library on Saturday with a short "
            + "speech to residents and pupils";
    private static final String REST = "\n\nThe building cost the town council four million dollars and took two "
            + "years to finish.\n\nPupils from three schools sang at the opening and the first books were lent.\n";

    private static List<Discrepancy> storyCredits(Comparison c) {
        return c.discrepancies().stream()
                .filter(d -> d.kind() == Kind.ATTRIBUTION && d.why().startsWith(StoryCreditChecks.WHY)).toList();
    }

    private static List<String> copiesReading(Discrepancy d, String text) {
        return d.readings().stream().filter(r -> r.text().equals(text)).flatMap(r -> r.locations().stream())
                .map(Location::witnessId).sorted().toList();
    }

    @Test
    void copiesCreditingDifferentAgenciesAnywhereInThePageAreOneItem() {
        String dateline = "Library opens\n\nOAKVALE, Nov 5 (AP) - " + LEDE + "." + REST;
        String sourceLine = "Library opens\n\n[Source: Reuters]\n\n" + LEDE + "." + REST;
        String reports = "Library opens\n\n" + LEDE + ", CNN reports." + REST;
        String staff = "Library opens\n\nCity Staff\n\n" + LEDE + "." + REST;
        String bare = "Library opens\n\n" + LEDE + "." + REST;
        Comparison c = compare(dateline, sourceLine, reports, staff, bare);
        List<Discrepancy> found = storyCredits(c);
        assertThat(found).hasSize(1);
        Discrepancy d = found.get(0);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(copiesReading(d, "AP")).containsExactly("A");
        assertThat(d.readings()).anyMatch(r -> r.text().contains("Reuters")
                && r.locations().stream().allMatch(l -> l.witnessId().equals("B")));
        assertThat(copiesReading(d, "CNN reports")).containsExactly("C");
        assertThat(copiesReading(d, "City Staff")).containsExactly("D");
        // the bare copy's reading is an empty point where its lede starts
        assertThat(copiesReading(d, "")).containsExactly("E");
        // the story's credit is not also a statement's credit
        assertThat(c.discrepancies()).filteredOn(x -> x != d && x.kind() == Kind.ATTRIBUTION)
                .noneMatch(x -> x.readings().stream().anyMatch(r -> r.text().contains("CNN")));
    }

    @Test
    void aPhotoCaptionBeforeTheDatelineIsNoDateline() {
        String dateline = "Library opens\n\nOAKVALE, Nov 5 (AP) - " + LEDE + "." + REST;
        String captioned = "Library opens\n\nPHOTO: Pupils queue outside the new library in Oakvale on Saturday. "
                + "(AP Photo/Jo Lane)\n\nOAKVALE, Nov 5 (AP) - " + LEDE + "." + REST;
        Comparison c = compare(dateline, dateline, captioned);
        assertThat(storyCredits(c)).isEmpty();
        assertThat(c.discrepancies()).noneMatch(d -> d.kind() == Kind.PLACE);
    }

    @Test
    void aCopyInItsOwnWordsCreditsWhatItNamesOrNobody() {
        String dateline = "Library opens\n\nOAKVALE, Nov 5 (AP) - " + LEDE + "." + REST;
        String media = "Oakvale has a new library\n\nResidents and pupils of Oakvale cheered as their mayor cut the "
                + "ribbon on a harbour library at the weekend, according to local media." + REST;
        String nobody = "Oakvale has a new library\n\nResidents and pupils of Oakvale cheered as their mayor cut "
                + "the ribbon on a harbour library at the weekend." + REST;
        Discrepancy d = storyCredits(compare(dateline, dateline, media, nobody)).get(0);
        assertThat(copiesReading(d, "AP")).containsExactly("A", "B");
        assertThat(copiesReading(d, "local media")).containsExactly("C");
        // a copy that credits nobody reads so where its own lede starts
        assertThat(copiesReading(d, "")).containsExactly("D");
        Location at = d.readings().stream().filter(r -> r.text().isEmpty()).findFirst().orElseThrow()
                .locations().get(0);
        assertThat(nobody.substring(at.start())).startsWith("Residents and pupils");
    }

    @Test
    void copiesCreditingTheSameAgencyAreNoItem() {
        String dateline = "Library opens\n\nOAKVALE, Nov 5 (Reuters) - " + LEDE + "." + REST;
        String sourceLine = "Library opens\n\n[Source: Reuters]\n\n" + LEDE + "." + REST;
        String atTheEnd = "Library opens\n\n" + LEDE + "." + REST + "\nReuters\n";
        String inTheLede = "Library opens\n\n" + LEDE + ", according to Reuters." + REST;
        String used = "Library opens\n\n" + LEDE + "." + REST + "\nInformation from Reuters was used in this report.\n";
        assertThat(storyCredits(compare(dateline, sourceLine, atTheEnd, inTheLede, used))).isEmpty();
    }

    @Test
    void aClauseEndingWithTheStoryCreditIsNoStatementCredit() {
        String reports = "Library opens\n\n" + LEDE + ", a gift that could double its loans, CNN reports." + REST;
        String clause = "Library opens\n\n" + LEDE + ", a gift that could double its loans." + REST;
        String bare = "Library opens\n\nOAKVALE (Reuters) - " + LEDE + "." + REST;
        Comparison c = compare(reports, clause, bare, bare);
        assertThat(storyCredits(c)).hasSize(1);
        // the clause the copies add or drop is no change of source: only the story's credit item names CNN
        assertThat(c.discrepancies()).filteredOn(d -> d.kind() == Kind.ATTRIBUTION)
                .allMatch(d -> d.why().startsWith(StoryCreditChecks.WHY));
    }

    @Test
    void bylinesThatDifferWithNoAgencyNamedAreMedium() {
        String jane = "Library opens\n\nBy Jane Doe\n\n" + LEDE + "." + REST;
        String john = "Library opens\n\nBy John Roe\n\n" + LEDE + "." + REST;
        List<Discrepancy> found = compare(jane, jane, john).discrepancies().stream()
                .filter(d -> d.why().startsWith(StoryCreditChecks.WHY_BYLINE)).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(copiesReading(found.get(0), "By John Roe")).containsExactly("C");
    }
}
