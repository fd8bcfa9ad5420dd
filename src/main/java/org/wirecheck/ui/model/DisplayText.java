package org.wirecheck.ui.model;

/**
 * The text a copy pane shows. RichTextFX splits paragraphs on {@code \r\n}, {@code \r} and {@code \n} and drops
 * the terminators, which would shift every engine offset after a Windows line break. Each {@code \r} is therefore
 * shown as an invisible space (or a line break when it ends a line on its own), so that the shown text has exactly
 * the length of the copy's text and the engine's offsets apply unchanged.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** The copy's text with carriage returns replaced, same length. */
    public static String of(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\r') {
                boolean crlf = i + 1 < out.length && out[i + 1] == '\n';
                out[i] = crlf ? ' ' : '\n';
            }
        }
        return new String(out);
    }
}
