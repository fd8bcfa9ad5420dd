package org.wirecheck.text;

/** A half-open range {@code [start, end)} of character indexes into a text. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }
}
