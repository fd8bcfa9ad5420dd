package org.wirecheck.classify;

/** Near-spellings of names: "Chey" and "Choi", "Seok-yeol" and "Suk-yeol", but not "Korea" and "Korean". */
public final class Spelling {

    private Spelling() {
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * True when two different name keys look like one name spelled two ways: same first letter, neither a prefix of
     * the other (that is inflection: Korea/Korean), and few edits for their length.
     */
    public static boolean near(String a, String b) {
        if (a.equals(b) || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        int len = Math.max(a.length(), b.length());
        if (len < 4) {
            return false;
        }
        int d = distance(a, b);
        return d <= 1 || d == 2 && len >= 4 && Math.abs(a.length() - b.length()) <= 1 || d == 3 && len >= 9;
    }

    /** Words shorter than this are too short to call a difference a slip of spelling ("casual" / "causal"). */
    private static final int TYPO_MIN = 7;

    /**
     * True when two long lower-case words differ as a slip of spelling does: one vowel for another ("seperate" /
     * "separate"), a letter doubled or not ("comitted" / "committed"), or two neighbours swapped ("recieve" /
     * "receive"); a consonant changed ("started" / "starred") is another word.
     */
    public static boolean typo(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < TYPO_MIN || !a.chars().allMatch(Character::isLowerCase)
                || !b.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first == last) {
                return vowel(a.charAt(first)) && vowel(b.charAt(first));
            }
            return last == first + 1 && a.charAt(first) == b.charAt(last) && a.charAt(last) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return i > 0 && longer.charAt(i) == longer.charAt(i - 1)
                        || i + 1 < longer.length() && longer.charAt(i) == longer.charAt(i + 1);
            }
        }
        return false;
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
