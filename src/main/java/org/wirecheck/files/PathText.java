package org.wirecheck.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Paths read back from text (a copy's recorded source, a remembered folder) that may not be paths on this system. */
public final class PathText {

    private PathText() {
    }

    /** The path {@code s} names, or null when it is blank or no valid path here. */
    public static Path parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
