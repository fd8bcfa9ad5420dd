package org.wirecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static final String SAMPLE = "Caf\u00e9 \u201cstep up\u201d \u2014 Chey\r\nline two\n";

    @Test
    void decodesPlainUtf8ExactlyIncludingLineEndings() throws LoadException {
        assertThat(Decoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8))).isEqualTo(SAMPLE);
    }

    @Test
    void dropsUtf8ByteOrderMark() throws LoadException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat(bom, SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(Decoder.decode(bytes)).isEqualTo(SAMPLE);
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() throws LoadException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(Decoder.decode(bytes)).isEqualTo(SAMPLE);
    }

    @Test
    void decodesUtf16BigEndianWithByteOrderMark() throws LoadException {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(Decoder.decode(bytes)).isEqualTo(SAMPLE);
    }

    @Test
    void refusesTruncatedUtf16() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 'B'};
        assertReason(bytes, "not valid UTF-16 text");
    }

    @Test
    void refusesUtf16WithLoneSurrogate() {
        byte[] bytes = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 0x00, 'A'};
        assertReason(bytes, "not valid UTF-16 text");
    }

    @Test
    void refusesInvalidUtf8AfterByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'};
        assertReason(bytes, "not valid UTF-8 text");
    }

    @Test
    void fallsBackToWindows1252ForCurlyQuotesAndAccents() throws LoadException {
        // "Caf\u00e9 \u201cstep up\u201d \u2013 \u20ac5" in Windows-1252
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 's', 't', 'e', 'p', ' ', 'u', 'p', (byte) 0x94,
            ' ', (byte) 0x96, ' ', (byte) 0x80, '5'};
        assertThat(Decoder.decode(bytes)).isEqualTo("Caf\u00e9 \u201cstep up\u201d \u2013 \u20ac5");
    }

    @Test
    void refusesBytesUndefinedInWindows1252() {
        for (int undefined : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
            byte[] bytes = {'a', (byte) 0xE9, ' ', (byte) undefined, 'b'};
            assertReason(bytes, "undecodable text (neither UTF-8 nor Windows-1252)");
        }
    }

    @Test
    void refusesNulBytesAsBinary() {
        byte[] bytes = {'%', 'P', 'D', 'F', 0, 1, 2, 'x'};
        assertReason(bytes, "not a text file (binary content)");
    }

    @Test
    void refusesManyControlCharactersAsBinary() {
        byte[] bytes = "ab\u0001\u0002cd\u0003\u001b efgh".getBytes(StandardCharsets.US_ASCII);
        assertReason(bytes, "not a text file (binary content)");
    }

    @Test
    void refusesBinaryBehindUtf16ByteOrderMark() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 1, 0, 2, 0, 3, 0, 'a', 0};
        assertReason(bytes, "not a text file (binary content)");
    }

    @Test
    void acceptsTabsFormFeedsAndARareControlCharacter() throws LoadException {
        String text = "a\tb\fc\r\nThis line is long enough to carry one stray escape \u001b character.";
        assertThat(Decoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyInput() {
        assertReason(new byte[0], "file is empty");
        assertReason(" \t\r\n\n ".getBytes(StandardCharsets.UTF_8), "file is empty");
        assertReason(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}, "file is empty");
        assertReason(new byte[] {(byte) 0xFF, (byte) 0xFE}, "file is empty");
        assertReason("\u00a0\u200b\n".getBytes(StandardCharsets.UTF_8), "file is empty");
    }

    @Test
    void refusesInputOverTwentyMegabytes() {
        assertReason(new byte[Decoder.MAX_BYTES + 1], "file too large (20.1 MB, limit 20 MB)");
        assertThatThrownBy(() -> Decoder.checkSize(25L * 1024 * 1024 + 1))
                .hasMessage("file too large (25.1 MB, limit 20 MB)");
    }

    private static void assertReason(byte[] bytes, String reason) {
        assertThatThrownBy(() -> Decoder.decode(bytes)).isInstanceOf(LoadException.class).hasMessage(reason);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
