package org.wirecheck.text;

/** A light English stemmer for pairing facts: "injured", "injuring" and "injuries" share "injur". */
public final class Stems {

    private Stems() {
    }

    /** The stem of a word's comparison key. */
    public static String of(String key) {
        String k = key;
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        }
        int n = k.length();
        if (n > 5 && k.endsWith("ies")) {
            return k.substring(0, n - 3);
        }
        if (n > 5 && k.endsWith("ing")) {
            return k.substring(0, n - 3);
        }
        if (n > 4 && k.endsWith("ed")) {
            return k.substring(0, n - 2);
        }
        if (n > 4 && k.endsWith("es") && !k.endsWith("ses")) {
            return k.substring(0, n - 2);
        }
        if (n > 3 && k.endsWith("s") && !k.endsWith("ss")) {
            return k.substring(0, n - 1);
        }
        if (n > 4 && k.endsWith("y")) {
            return k.substring(0, n - 1);
        }
        if (n > 4 && k.endsWith("e")) {
            return k.substring(0, n - 1);
        }
        return k;
    }
}
