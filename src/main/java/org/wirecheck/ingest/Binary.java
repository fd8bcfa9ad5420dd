package org.wirecheck.ingest;

/**
 * Tells binary content from text: a NUL, or more than one character in twenty being an ASCII control character
 * other than tab, line feed, carriage return and form feed.
 */
final class Binary {

    static final String REASON = "not a text file (binary content)";

    private Binary() {
    }

    /** For bytes in an ASCII-compatible charset (UTF-8, Windows-1252), checked before decoding. */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isControl(b & 0xFF)) {
                controls++;
            }
        }
        return tooMany(controls, bytes.length);
    }

    /** For decoded text (UTF-16, where NUL bytes are normal). */
    static boolean looksBinary(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return tooMany(controls, text.length());
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static boolean tooMany(int controls, int length) {
        return controls > 0 && (long) controls * 20 > length;
    }
}
