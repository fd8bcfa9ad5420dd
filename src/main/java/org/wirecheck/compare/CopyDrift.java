package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wirecheck.classify.Severity;
import org.wirecheck.text.Texts;

/**
 * How far one copy departs from the others, a "drift card": the facts it tells differently (high discrepancies in
 * which its reading is not an agreed majority's), how much other drift it carries, the passages it lacks, adds
 * alone or rewrites ({@link Rewritten}), whether it stops before the story does, and the version of the story it
 * follows when the copies fall into versions ({@link Copy#family()}).
 *
 * @param facts       the high discrepancies in which the copy departs, in the engine's ranking
 * @param otherDrift  medium and low discrepancies in which it departs, words it adds or drops among them (whole
 *                    passages it lacks or adds not counted)
 * @param lacks       passages the others tell and it lacks
 * @param adds        passages it tells and most others lack
 * @param rewrites    passages it rewords
 * @param truncated   it lacks a passage at its very end: the copy stops where others go on
 * @param sameVersion the other copies of its version, when the copies fall into two versions or more, else empty
 * @param versions    how many versions the copies fall into (1 when none stand out)
 */
public record CopyDrift(String copyId, List<Discrepancy> facts, int otherDrift, int lacks, int adds, int rewrites,
                        boolean truncated, List<String> sameVersion, int versions) {

    public CopyDrift {
        facts = List.copyOf(facts);
        sameVersion = List.copyOf(sameVersion);
    }

    /** The drift card of each copy, in copy order. */
    public static List<CopyDrift> all(Comparison comparison) {
        return comparison.copies().stream().map(c -> of(comparison, c.id())).toList();
    }

    /** The drift card of copy {@code copyId}. */
    public static CopyDrift of(Comparison comparison, String copyId) {
        Copy copy = comparison.copy(copyId).orElseThrow(() -> new IllegalArgumentException("no copy " + copyId));
        String text = copy.witness().text();
        List<Discrepancy> facts = new ArrayList<>();
        int other = 0;
        int lacks = 0;
        int adds = 0;
        boolean truncated = false;
        for (Discrepancy d : comparison.discrepancies()) {
            if (!d.departs(copyId)) {
                continue;
            }
            Reading mine = d.readingOf(copyId);
            boolean passage = Rewritten.wholePassage(comparison, d);
            if (d.severity() == Severity.HIGH) {
                facts.add(d);
            } else if (!passage) {
                other++;
            }
            if (passage && mine.isEmpty()) {
                lacks++;
                truncated |= atEnd(mine, copyId, text);
            } else if (passage) {
                adds++;
            }
        }
        int rewrites = Rewritten.passages(comparison, copyId).size();
        Set<Integer> families = new TreeSet<>();
        List<String> same = new ArrayList<>();
        for (Copy c : comparison.copies()) {
            if (c.compared()) {
                families.add(c.family());
                if (!c.id().equals(copyId) && c.family() == copy.family()) {
                    same.add(c.id());
                }
            }
        }
        boolean versioned = comparison.versioned();
        return new CopyDrift(copyId, facts, other, lacks, adds, rewrites, truncated,
                versioned ? same : List.of(), versioned ? families.size() : 1);
    }

    /** Whether the copy's gap for an empty reading lies after its last word (closing punctuation aside). */
    private static boolean atEnd(Reading empty, String copyId, String text) {
        for (Location l : empty.locations()) {
            if (l.witnessId().equals(copyId)) {
                return text.substring(Math.min(l.start(), text.length())).codePoints()
                        .noneMatch(Character::isLetterOrDigit);
            }
        }
        return false;
    }

    /** How far the copy departs, for sorting: facts first, then passages lacking, added and rewritten. */
    public double departure() {
        return facts.size() * 4.0 + lacks + adds + rewrites * 0.5 + otherDrift * 0.1;
    }

    /** One line: {@code "changes 3 facts · lacks 2 passages · rewrites 5 passages · stops early"}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(facts.isEmpty() ? "changes no fact" : "changes " + Texts.plural(facts.size(), "fact", "facts"));
        if (lacks > 0) {
            parts.add("lacks " + Texts.plural(lacks, "passage", "passages"));
        }
        if (adds > 0) {
            parts.add("adds " + Texts.plural(adds, "passage", "passages"));
        }
        if (rewrites > 0) {
            parts.add("rewrites " + Texts.plural(rewrites, "passage", "passages"));
        }
        if (truncated) {
            parts.add("stops early");
        }
        return String.join(" · ", parts);
    }
}
