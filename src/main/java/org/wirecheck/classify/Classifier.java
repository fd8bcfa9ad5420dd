package org.wirecheck.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirecheck.align.CopySpan;
import org.wirecheck.align.Variant;
import org.wirecheck.text.Document;
import org.wirecheck.text.Keys;
import org.wirecheck.text.Lexicon;

/**
 * Labels a variant with a kind and a severity, following the order a fact-checker weighs them: furniture and style
 * first (they do not matter), then the dateline, then what a reader would repeat as fact (numbers, dates, titles,
 * names and places, attribution, quotes), then omissions, additions and other wording.
 */
public final class Classifier {

    /** Differences longer than this (words per reading) are rewordings, not a single changed fact. */
    private static final int SMALL = 4;

    private final StoryContext ctx;

    public Classifier(StoryContext ctx) {
        this.ctx = ctx;
    }

    public Verdict classify(Variant v, List<ReadingGroup> groups) {
        List<Document> docs = ctx.docs();
        if (v.shape() == Variant.Shape.CASE) {
            return new Verdict(Kind.STYLE, Severity.LOW, "differs only in capitalisation or spelling form", 1);
        }
        if (v.shape() == Variant.Shape.TRUNCATION) {
            int missing = groups.stream().filter(g -> !g.isEmpty()).mapToInt(g -> words(g.spans().get(0))).max()
                    .orElse(0);
            return new Verdict(Kind.OMISSION, Severity.MEDIUM,
                    "copy ends early: about " + missing + " words of the story's end are missing", 3);
        }
        Furniture.Role role = furnitureRole(v);
        if (role == Furniture.Role.FURNITURE) {
            return new Verdict(Kind.BOILERPLATE, Severity.LOW, "site furniture, not part of the story", 0);
        }
        if (role == Furniture.Role.CREDIT) {
            return new Verdict(Kind.ATTRIBUTION, Severity.LOW, "reporting credit differs", 1);
        }
        Set<String> squeezed = new HashSet<>();
        for (ReadingGroup g : groups) {
            squeezed.add(Keys.squeeze(g.text()));
        }
        if (squeezed.size() == 1) {
            return new Verdict(Kind.STYLE, Severity.LOW, "differs only in hyphenation, spacing or punctuation", 1);
        }
        if (sameNumbers(groups) && onlyNumbersDiffer(groups)) {
            return new Verdict(Kind.STYLE, Severity.LOW, "same number written differently", 1);
        }
        String dateline = datelineRole(v, groups);
        if (dateline != null) {
            Kind k = dateline.equals("agency") ? Kind.ATTRIBUTION : dateline.equals("date") ? Kind.DATE : Kind.PLACE;
            return new Verdict(k, Severity.HIGH, "dateline " + dateline + " differs", 9);
        }
        Diff diff = new Diff(groups, docs);
        boolean small = diff.maxWords <= SMALL;
        boolean quoted = quoted(v);
        double compact = compactness(groups);
        if (v.shape() == Variant.Shape.PASSAGE) {
            return passage(v, groups, compact);
        }
        if (!diff.numbers.isEmpty() && !sameNumbers(groups)) {
            return new Verdict(Kind.NUMBER, Severity.HIGH, "number differs: " + String.join(" vs ", diff.numbers),
                    8 + compact);
        }
        if (!diff.dates.isEmpty()) {
            return new Verdict(Kind.DATE, Severity.HIGH, "date differs: " + String.join(" vs ", diff.dates),
                    8 + compact);
        }
        if (small && !diff.titles.isEmpty()) {
            return new Verdict(Kind.TITLE, Severity.HIGH, "title or role differs: " + String.join(" / ", diff.titles),
                    7.5 + compact);
        }
        if (small && !diff.names.isEmpty()) {
            boolean place = diff.names.stream().allMatch(ctx::placeLike);
            Kind k = place ? Kind.PLACE : Kind.NAME;
            String why = nearSpelling(diff.names) ? "proper noun spelled differently: " : place
                    ? "place differs: " : "name differs: ";
            return new Verdict(k, Severity.HIGH, why + String.join(" / ", diff.surface), 8 + compact);
        }
        if (diff.attribution && !diff.names.isEmpty()) {
            return new Verdict(Kind.ATTRIBUTION, Severity.HIGH, "source of the statement differs", 7 + compact);
        }
        if (quoted) {
            return new Verdict(Kind.QUOTE, Severity.HIGH, "quoted words differ", 7 + compact);
        }
        boolean anyEmpty = groups.stream().anyMatch(ReadingGroup::isEmpty);
        if (anyEmpty) {
            boolean majorityEmpty = groups.get(0).isEmpty();
            Kind k = majorityEmpty ? Kind.ADDITION : Kind.OMISSION;
            String why = majorityEmpty ? "words only some copies add" : "words some copies leave out";
            if (!diff.names.isEmpty()) {
                return new Verdict(Kind.NAME, Severity.HIGH, "name present in some copies only: "
                        + String.join(", ", diff.surface), 6 + compact);
            }
            return new Verdict(k, Severity.MEDIUM, why, 4 + compact);
        }
        Severity sev = diff.names.isEmpty() ? Severity.MEDIUM : Severity.HIGH;
        return new Verdict(Kind.WORDING, sev, diff.names.isEmpty() ? "wording differs"
                : "wording differs, with names: " + String.join(", ", diff.surface), 4 + compact);
    }

    private Verdict passage(Variant v, List<ReadingGroup> groups, double compact) {
        boolean majorityEmpty = groups.get(0).isEmpty();
        int words = groups.stream().filter(g -> !g.isEmpty()).mapToInt(g -> words(g.spans().get(0))).max().orElse(0);
        if (majorityEmpty) {
            return new Verdict(Kind.ADDITION, Severity.MEDIUM,
                    "passage of " + words + " words that only some copies carry", 3 + compact);
        }
        return new Verdict(Kind.OMISSION, Severity.MEDIUM,
                "passage of " + words + " words that some copies leave out", 3.5 + compact);
    }

    private static int words(CopySpan s) {
        return s.to() - s.from();
    }

    /** 0..2: short readings are sharper findings than long rewordings. */
    private static double compactness(List<ReadingGroup> groups) {
        int max = 0;
        for (ReadingGroup g : groups) {
            max = Math.max(max, words(g.spans().get(0)));
        }
        return max <= 2 ? 2 : max <= 4 ? 1.5 : max <= 8 ? 1 : max <= 16 ? 0.5 : 0;
    }

    private Furniture.Role furnitureRole(Variant v) {
        Furniture.Role found = null;
        for (CopySpan s : v.spans()) {
            if (s.isEmpty()) {
                continue;
            }
            Furniture.Role r = ctx.role(s.copy(), s.from());
            Furniture.Role last = ctx.role(s.copy(), s.to() - 1);
            if (r == Furniture.Role.NONE || last == Furniture.Role.NONE) {
                return Furniture.Role.NONE;
            }
            found = r;
        }
        return found == null ? Furniture.Role.NONE : found;
    }

    private String datelineRole(Variant v, List<ReadingGroup> groups) {
        String role = null;
        for (CopySpan s : v.spans()) {
            if (s.isEmpty()) {
                continue;
            }
            String r = ctx.datelineRole(s.copy(), s.charStart());
            if (r == null) {
                return null;
            }
            role = role == null || role.equals("dateline") ? r : role;
        }
        return role;
    }

    private boolean quoted(Variant v) {
        for (CopySpan s : v.spans()) {
            Document d = ctx.docs().get(s.copy());
            for (int i = s.from(); i < s.to(); i++) {
                if (d.quoted(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameNumbers(List<ReadingGroup> groups) {
        Set<List<String>> values = new HashSet<>();
        for (ReadingGroup g : groups) {
            values.add(Numbers.values(List.of(g.key().isEmpty() ? new String[0] : g.key().split(" "))));
        }
        return values.size() == 1;
    }

    /** True when every reading's words outside its numbers are the same. */
    private static boolean onlyNumbersDiffer(List<ReadingGroup> groups) {
        Set<String> rest = new HashSet<>();
        for (ReadingGroup g : groups) {
            StringBuilder b = new StringBuilder();
            for (String k : g.key().split(" ")) {
                if (!Numbers.isNumeric(k) && !k.equals("and") && !k.equals("of")) {
                    b.append(k).append(' ');
                }
            }
            rest.add(b.toString());
        }
        return rest.size() == 1 && groups.stream().anyMatch(g -> !g.key().isEmpty());
    }

    private static boolean nearSpelling(Set<String> names) {
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

    /** The words that are not common to all readings, sorted into what they are. */
    private final class Diff {
        final Set<String> numbers = new LinkedHashSet<>();
        final Set<String> dates = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> surface = new LinkedHashSet<>();
        boolean attribution;
        int maxWords;

        Diff(List<ReadingGroup> groups, List<Document> docs) {
            Set<String> common = null;
            for (ReadingGroup g : groups) {
                Set<String> keys = new HashSet<>(List.of(g.key().split(" ")));
                if (common == null) {
                    common = keys;
                } else {
                    common.retainAll(keys);
                }
            }
            for (ReadingGroup g : groups) {
                CopySpan s = g.spans().get(0);
                Document d = docs.get(s.copy());
                List<String> numericKeys = new ArrayList<>();
                int differing = 0;
                for (int i = s.from(); i < s.to(); i++) {
                    String k = d.word(i).key();
                    if (common.contains(k)) {
                        continue;
                    }
                    differing++;
                    if (Numbers.isNumeric(k)) {
                        numericKeys.add(k);
                    }
                    if (Lexicon.isDateWord(k)) {
                        dates.add(d.word(i).text());
                    }
                    if (Lexicon.TITLES.contains(k)) {
                        titles.add(d.word(i).text());
                    }
                    if (Lexicon.ATTRIBUTION_WORDS.contains(k)) {
                        attribution = true;
                    }
                    if (ctx.properNoun(d, i) && !Lexicon.TITLES.contains(k) && !Lexicon.isDateWord(k)) {
                        names.add(k);
                        surface.add(d.word(i).text());
                    }
                }
                maxWords = Math.max(maxWords, differing);
                if (!numericKeys.isEmpty()) {
                    numbers.add(String.join(" ", Numbers.values(numericKeys)));
                }
            }
            if (numbers.size() == 1 && groups.size() > 1) {
                numbers.add("(none)");
            }
        }
    }
}
