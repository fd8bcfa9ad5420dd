package org.wirecheck.report;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;

/**
 * What the marks of Wirecheck mean, in words: each kind, each severity and how a reading is shown. The window's
 * legend and the HTML and PDF reports' "How to read this report" all say it from here, so they never disagree.
 */
public final class ReportLegend {

    /** A term (a kind, a severity, a mark) and what it means. */
    public record Entry(String term, String meaning) {
    }

    private ReportLegend() {
    }

    /** What a discrepancy of kind {@code k} is. */
    public static String kind(Kind k) {
        return switch (k) {
            case NAME -> "a person's or organisation's name differs";
            case TITLE -> "a title or role differs (spokesman / spokeswoman)";
            case PLACE -> "a place differs";
            case NUMBER -> "a number differs (toll, count, amount, minute)";
            case DATE -> "a date, day or time differs";
            case QUOTE -> "quoted words differ";
            case ATTRIBUTION -> "who a statement or the story is credited to differs";
            case WORDING -> "wording; high when the meaning changes (negation, certainty)";
            case OMISSION -> "some copies leave a passage out";
            case ADDITION -> "some copies add a passage";
            case STYLE -> "the same thing in another style";
            case BOILERPLATE -> "site furniture, not the story";
        };
    }

    /** What severity {@code s} says. */
    public static String severity(Severity s) {
        return switch (s) {
            case HIGH -> "a fact the copies disagree on: shown first";
            case MEDIUM -> "passages and wording that differ";
            case LOW -> "style and site furniture";
        };
    }

    /** Every kind with its meaning, in order of importance. */
    public static List<Entry> kinds() {
        List<Entry> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            out.add(new Entry(k.name(), kind(k)));
        }
        return out;
    }

    /** How the readings of a discrepancy are shown in a report. */
    public static List<Entry> readings() {
        return List.of(
                new Entry("majority", "the reading most compared copies carry comes first"),
                new Entry("no majority", "no reading is carried by more copies than every other"),
                new Entry("(lacking the passage)", "the copies named tell nothing at that place; " + ReportText.GAP
                        + " marks where the passage would stand in their text"),
                new Entry("A, B, C", "the copies, by letter, as listed under Copies; copies set aside as another "
                        + "story are not counted"));
    }
}
