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
}
