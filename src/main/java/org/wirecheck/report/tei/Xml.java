package org.wirecheck.report.tei;

/** Escaping text for XML 1.0 so that a parser gives back exactly the text written (line ends included). */
final class Xml {

    private Xml() {
    }

    /**
     * Appends {@code s} as XML character data (or an attribute value): markup characters as entities, a carriage
     * return as {@code &#13;} (a parser would otherwise turn CR LF into LF), characters XML 1.0 cannot carry (control
     * characters, unpaired surrogates, U+FFFE/U+FFFF) as U+FFFD.
     */
    static void text(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(ch).append(s.charAt(++i));
                    } else if (ch < 0x20 && ch != '\t' && ch != '\n' || Character.isSurrogate(ch)
                            || ch == '\uFFFE' || ch == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
    }

    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        text(b, s);
        return b.toString();
    }
}
