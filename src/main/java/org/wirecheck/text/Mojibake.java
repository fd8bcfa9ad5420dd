package org.wirecheck.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252 ("Russiaâ€™s") or as GBK ("Russia鈥檚").
 * Used for comparison keys only; the copy's text itself is never changed.
 */
public final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset GBK = Charset.forName("GBK");

    private Mojibake() {
    }

    /** True when {@code c} can start a UTF-8 lead byte read as Windows-1252 (Â..ô). */
    static boolean isCp1252Lead(char c) {
        return c >= '\u00C2' && c <= '\u00F4';
    }

    /**
     * Length of a Windows-1252 mojibake sequence starting at {@code i} (2 to 4 characters that re-encode to one valid
     * UTF-8 character), or 0 when there is none.
     */
    public static int cp1252SequenceAt(CharSequence s, int i) {
        if (i >= s.length() || !isCp1252Lead(s.charAt(i))) {
            return 0;
        }
        char lead = s.charAt(i);
        int len = lead < '\u00E0' ? 2 : lead < '\u00F0' ? 3 : 4;
        if (i + len > s.length()) {
            return 0;
        }
        return decodes(s.subSequence(i, i + len).toString(), CP1252) != null ? len : 0;
    }

    /** The character a Windows-1252 mojibake sequence of {@code len} chars at {@code i} stands for. */
    public static String cp1252Repair(CharSequence s, int i, int len) {
        return decodes(s.subSequence(i, i + len).toString(), CP1252);
    }

    /** Repairs every mojibake sequence in {@code s}; returns {@code s} itself when there is none. */
    public static String repair(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int len = cp1252SequenceAt(s, i);
            if (len > 0) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(cp1252Repair(s, i, len));
                i += len;
                continue;
            }
            int g = gbkSequenceAt(s, i);
            if (g > 0) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(decodes(s.substring(i, i + g), GBK));
                i += g;
                continue;
            }
            if (out != null) {
                out.append(s.charAt(i));
            }
            i++;
        }
        return out == null ? s : out.toString();
    }

    /**
     * GBK mojibake of a UTF-8 punctuation mark (curly quote, dash) inside Latin text: two CJK characters whose GBK
     * bytes decode as UTF-8 to a general punctuation character followed by an ASCII letter ("鈥檚" is "’s").
     * Returns the number of chars (2) or 0.
     */
    static int gbkSequenceAt(CharSequence s, int i) {
        if (i + 2 > s.length() || !isCjk(s.charAt(i)) || !isCjk(s.charAt(i + 1))) {
            return 0;
        }
        boolean latinBefore = i > 0 && isLatinLetter(s.charAt(i - 1));
        if (!latinBefore) {
            return 0;
        }
        String fixed = decodes(s.subSequence(i, i + 2).toString(), GBK);
        if (fixed == null || fixed.isEmpty()) {
            return 0;
        }
        char first = fixed.charAt(0);
        return first >= '\u2010' && first <= '\u205E' ? 2 : 0;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static boolean isLatinLetter(char c) {
        return c < '\u0250' && Character.isLetter(c);
    }

    /** Encodes {@code s} in {@code cs} and decodes the bytes as UTF-8; null when either step fails. */
    private static String decodes(String s, Charset cs) {
        try {
            CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = enc.encode(CharBuffer.wrap(s));
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String out = dec.decode(bytes).toString();
            return out.isEmpty() || out.equals(s) ? null : out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
