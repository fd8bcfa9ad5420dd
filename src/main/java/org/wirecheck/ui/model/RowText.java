package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.text.Texts;

/** How a discrepancy reads in the sidebar: its readings ("Chey / Choi") and who carries them ("4 of 5"). */
public final class RowText {

    /** How an empty reading (a copy lacking the passage) is shown. */
    public static final String ABSENT = "(absent)";
    private static final int MAX_READING = 48;
    private static final int MAX_READINGS = 3;

    private RowText() {
    }

    /** The readings, majority first, shortened: {@code "Chey / Choi"}. */
    public static String readings(Discrepancy d) {
        List<String> parts = new ArrayList<>();
        for (Reading r : d.readings()) {
            if (parts.size() == MAX_READINGS) {
                parts.add("…");
                break;
            }
            parts.add(Texts.clip(reading(r), MAX_READING));
        }
        return String.join(" / ", parts);
    }

    /** A reading's text on one line, or {@link #ABSENT}. */
    public static String reading(Reading r) {
        return r.isEmpty() ? ABSENT : r.text().strip().replaceAll("\\s+", " ");
    }

    /** Who carries what, for a discrepancy no compared copy lacks: see {@link #counts(Discrepancy, int, List)}. */
    public static String counts(Discrepancy d, int total) {
        return counts(d, total, List.of());
    }

    /**
     * Who carries what: {@code "4 of 5 · outlier C"}, {@code "3 of 5 · outliers C, E"}, {@code "2 of 5 · 3 others
     * differ"}, {@code "3 of 5 · outlier C · D lacks the passage"}; with two copies nobody is the majority or an
     * outlier: {@code "A / B · the 2 copies differ"}, {@code "only A · B lacks the passage"}. {@code total} is the
     * number of copies compared (those set aside not counted), {@code lacking} the compared copies that carry none
     * of the readings.
     */
    public static String counts(Discrepancy d, int total, List<String> lacking) {
        String lack = lacking(lacking);
        if (total <= 2) {
            List<String> who = d.readings().stream().map(RowText::carriers).toList();
            return who.size() == 1 ? "only " + who.get(0) + lack : String.join(" / ", who) + " · the 2 copies differ";
        }
        if (!d.hasMajority()) {
            StringBuilder b = new StringBuilder("no majority (");
            for (int i = 0; i < d.readings().size(); i++) {
                b.append(i == 0 ? "" : " / ").append(d.readings().get(i).count());
            }
            return b.append(" of ").append(total).append(')').append(lack).toString();
        }
        List<String> outliers = outliers(d);
        String head = d.readings().get(0).count() + " of " + total;
        if (outliers.isEmpty()) {
            return head + lack;
        }
        if (outliers.size() <= 3) {
            return head + " · " + (outliers.size() == 1 ? "outlier " : "outliers ") + String.join(", ", outliers)
                    + lack;
        }
        return head + " · " + outliers.size() + " others differ" + lack;
    }

    /**
     * When the readings of {@code d} split the copies exactly along the versions of the story (each reading carried
     * by every copy of one version and by no other), the versions with their copies: {@code "version 1 (toll 128):
     * A, B / version 2 (toll 157): C, D, E"}; else empty.
     */
    public static java.util.Optional<String> versions(Discrepancy d, StoryVersions versions) {
        if (versions == null || !versions.distinct() || d.readings().size() < 2) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Reading r : d.readings()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            r.locations().forEach(l -> ids.add(l.witnessId()));
            StoryVersions.Version match = versions.versions().stream()
                    .filter(v -> new java.util.HashSet<>(v.copyIds()).equals(ids)).findFirst().orElse(null);
            if (match == null || !used.add(match.number())) {
                return java.util.Optional.empty();
            }
            parts.add(match.title() + ": " + carriers(r));
        }
        return java.util.Optional.of(String.join(" / ", parts));
    }

    /** {@code " · D lacks the passage"}, {@code " · D, E lack the passage"}, {@code " · 4 lack the passage"}. */
    private static String lacking(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        if (ids.size() > 3) {
            return " · " + ids.size() + " lack the passage";
        }
        return " · " + String.join(", ", ids) + (ids.size() == 1 ? " lacks" : " lack") + " the passage";
    }


    /** The ids of the copies carrying a reading other than the majority's, in reading order. */
    public static List<String> outliers(Discrepancy d) {
        List<String> out = new ArrayList<>();
        for (Reading r : d.readings().subList(1, d.readings().size())) {
            for (Location l : r.locations()) {
                out.add(l.witnessId());
            }
        }
        return out;
    }

    /** The ids of the copies carrying {@code r}: {@code "A, B, E"}. */
    public static String carriers(Reading r) {
        return String.join(", ", r.locations().stream().map(Location::witnessId).toList());
    }

    /** {@code "NAME"} as shown on a chip: {@code "Name"}. */
    public static String kindLabel(org.wirecheck.classify.Kind kind) {
        String n = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Whether the discrepancy mentions {@code query} (case-insensitive) in its summary, reason, kind or readings. */
    public static boolean matches(Discrepancy d, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (d.summary().toLowerCase(Locale.ROOT).contains(q) || d.why().toLowerCase(Locale.ROOT).contains(q)
                || d.kind().name().toLowerCase(Locale.ROOT).contains(q) || d.id().equalsIgnoreCase(q)) {
            return true;
        }
        return d.readings().stream().anyMatch(r -> r.text().toLowerCase(Locale.ROOT).contains(q));
    }
}
