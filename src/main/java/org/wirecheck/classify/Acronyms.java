package org.wirecheck.classify;

import java.util.Set;
import org.wirecheck.text.Document;

/**
 * An acronym that spells out the name written just before it: "Pakistan Tehreek-e-Insaf (PTI)", "National
 * Transportation Safety Board (NTSB)". A copy that drops such an acronym drops no name.
 */
final class Acronyms {

    private static final Set<String> JOINING = Set.of("of", "and", "for", "the", "de", "&");
    private static final int MAX_LETTERS = 8;

    private Acronyms() {
    }

    /** True when word w of {@code doc} is an acronym of the capitalised words right before it. */
    static boolean spellsOutPreceding(Document doc, int w) {
        String a = doc.word(w).text();
        if (a.length() < 2 || a.length() > MAX_LETTERS || !a.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int j = w - 1; j >= 0 && w - j <= MAX_LETTERS && initials.length() < a.length(); j--) {
            String t = doc.word(j).text();
            if (JOINING.contains(t.toLowerCase(java.util.Locale.ROOT)) || hyphenated(doc, j)) {
                continue; // "Bank of England", "Tehreek-e-Insaf": joining words inside the name
            }
            if (!Character.isUpperCase(t.charAt(0))) {
                break;
            }
            String[] parts = t.split("-");
            for (int p = parts.length - 1; p >= 0; p--) {
                if (!parts[p].isEmpty() && Character.isUpperCase(parts[p].charAt(0))) {
                    initials.insert(0, parts[p].charAt(0));
                }
            }
        }
        return initials.toString().endsWith(a) && initials.length() >= a.length();
    }

    /** True when word j is a lower-case part of a hyphenated compound ("e" in "Tehreek-e-Insaf"). */
    private static boolean hyphenated(Document doc, int j) {
        if (Character.isUpperCase(doc.word(j).text().charAt(0)) || j == 0 || j + 1 >= doc.size()) {
            return false;
        }
        String text = doc.text();
        return text.substring(doc.word(j - 1).end(), doc.word(j).start()).equals("-")
                && text.substring(doc.word(j).end(), doc.word(j + 1).start()).equals("-");
    }
}
