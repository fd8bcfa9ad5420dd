package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.text.Lexicon;

/**
 * The pair rules on names ({@link Classifier}): a changed title or role, a statement credited to another named
 * source, one name in another form, a changed or one-sided name or place, a place only some copies name; and what
 * they need to know of the differing names (near spellings, one root).
 */
final class NameRules {

    private final StoryContext ctx;

    NameRules(StoryContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A changed title or role: both readings hold one or the change is short, and no title stands right before a
     * changed name that is no other spelling ("Defense Secretary Lee" / "counterpart Lee", "Prime Minister" /
     * "Prime Priest", "minister Renn" / "secretary Ren"; not "Russia" / "President Putin", "the company" / "Mayor
     * Olsen").
     */
    Judgement titleChanged(Classifier.PairFacts p) {
        ReadingDiff diff = p.diff();
        if (diff.titles.isEmpty() || diff.readingsWithTitles != p.groups().size() && diff.maxWords > 2
                || !diff.names.isEmpty() && (diff.maxWords > 2 || diff.titleWithChangedName && !p.spelledNear())) {
            // "Russia" / "President Putin": the title comes with another bearer, not one bearer's other title (a
            // name spelled another way, "minister Renn" / "secretary Ren", is the same bearer)
            return null;
        }
        return new Judgement(Kind.TITLE, Severity.HIGH, "title or role differs: " + String.join(" / ", diff.titles),
                7.5 + p.compact() + p.drift());
    }

    /**
     * A changed name next to a word of saying or sourcing, or one agency for another ("polled by Reuters" / "polled by
     * Bloomberg"): the statement is credited to someone else. A name spelled another way is the same source.
     */
    Judgement sourceChanged(Classifier.PairFacts p) {
        boolean agencies = !p.diff().names.isEmpty() && p.diff().names.stream().allMatch(StoryCredits::isAgency);
        if (p.diff().names.isEmpty() || !p.diff().source && !agencies || p.spelledNear()) {
            return null;
        }
        return new Judgement(Kind.ATTRIBUTION, Severity.HIGH, "source of the statement differs: "
                + String.join(" / ", p.diff().surface), 8 + p.compact() + p.drift());
    }

    /** One name in different forms ("Pakistan's" / "Pakistani") that is no misspelling: low wording. */
    Judgement nameInAnotherForm(Classifier.PairFacts p) {
        if (p.diff().names.isEmpty() || !p.oneName() || p.spelledNear()) {
            return null;
        }
        return new Judgement(Kind.WORDING, Severity.LOW, "same name in another form: "
                + String.join(" / ", p.diff().surface), 2);
    }

    /** A changed, misspelt or one-sided name; a place when every such name is place-like. */
    Judgement nameOrPlaceChanged(Classifier.PairFacts p) {
        ReadingDiff diff = p.diff();
        if (diff.names.isEmpty()) {
            return null;
        }
        boolean place = diff.names.stream().allMatch(ctx::placeLike);
        if (!p.anyEmpty() && !p.spelledNear() && diff.readingsWithNames == 1) {
            // "the engineer" / "the Southwest Chief": a name one copy gives where the other names nobody is news
            // the other leaves out, not another name
            return new Judgement(place ? Kind.PLACE : diff.namedReading == 0 ? Kind.OMISSION : Kind.ADDITION,
                    Severity.MEDIUM,
                    "name only some copies give: "
                    + String.join(" / ", diff.surface), 3 + p.compact() + p.drift());
        }
        Kind k = place ? Kind.PLACE : Kind.NAME;
        String why = p.spelledNear() ? "proper noun spelled differently: " : p.anyEmpty()
                ? "name present in some copies only: " : place ? "place differs: " : "name differs: ";
        return new Judgement(k, Severity.HIGH, why + String.join(" / ", diff.surface), 8 + p.compact() + p.drift());
    }

    /**
     * A place only one reading names, where the others name nothing ("an Islamabad district court" / "a district
     * court" / "the court"): the copies say less about where, not somewhere else. Medium.
     */
    Judgement placeOnlySomeName(Classifier.PairFacts p) {
        ReadingDiff diff = p.diff();
        if (p.anyEmpty() || diff.readingsWithNames != 1 || diff.maxWords > Classifier.MAX_NAME_CHANGE
                || diff.namedReadingNames.isEmpty() || !diff.namedReadingNames.stream().allMatch(ctx::placeLike)) {
            return null;
        }
        // the same words around the place in another reading ("an Islamabad district" / "a district"): the place
        // is what one reading adds, not part of a rewording ("stated that NATO" / "added that the alliance")
        List<String> rest = new ArrayList<>();
        for (String k : p.groups().get(diff.namedReading).key().split(" ")) {
            if (!diff.namedReadingNames.contains(k) && !Lexicon.isStopword(k)) {
                rest.add(k);
            }
        }
        boolean sameAround = rest.isEmpty(); // the place and function words only: "A Brenholt" / "A" / "The"
        for (int g = 0; g < p.groups().size(); g++) {
            List<String> other = List.of(p.groups().get(g).key().split(" "));
            sameAround |= g != diff.namedReading && other.containsAll(rest);
        }
        if (!sameAround) {
            return null;
        }
        return new Judgement(Kind.PLACE, Severity.MEDIUM, "place only some copies name: "
                + String.join(" / ", p.groups().stream().map(ReadingGroup::text).toList()), 3 + p.compact());
    }

    static boolean nearSpelling(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size(); j++) {
                if (Spelling.near(l.get(i), l.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the names are one name in different forms: a possessive, a demonym or a plural of the same root
     * ("Pakistan's" / "Pakistani", "Korea" / "Korean").
     */
    static boolean sameRoot(Set<String> names) {
        if (names.size() < 2) {
            return false;
        }
        // names are word keys, which already drop a possessive "'s"
        List<String> roots = new ArrayList<>(names);
        String shortest = roots.stream().min(java.util.Comparator.comparingInt(String::length)).orElse("");
        if (shortest.length() < 4) {
            return false;
        }
        for (String r : roots) {
            if (!r.equals(shortest) && !demonymOf(shortest, r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every differing name is another form of a word another reading holds ("the Velmarian capital" /
     * "Velmaria capital": the other copies name the country elsewhere, so only the demonym counts as differing).
     */
    static boolean formsOfOthers(Set<String> names, List<ReadingGroup> groups) {
        if (names.isEmpty()) {
            return false;
        }
        for (String n : names) {
            boolean form = false;
            for (ReadingGroup g : groups) {
                if (g.keys().contains(n)) {
                    continue;
                }
                for (String k : g.keys()) {
                    form |= k.length() >= 4 && !k.equals(n) && (demonymOf(k, n) || demonymOf(n, k));
                }
            }
            if (!form) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> DEMONYM_ENDINGS = List.of("i", "n", "an", "ian", "ese", "ish", "s");

    /** True when {@code longer} is {@code root} with a demonym or plural ending ("Korea"/"Korean"). */
    private static boolean demonymOf(String root, String longer) {
        for (String e : DEMONYM_ENDINGS) {
            if (longer.equals(root + e) || root.endsWith("a") && longer.equals(root.substring(0, root.length() - 1)
                    + e)) {
                return true;
            }
        }
        return false;
    }
}
