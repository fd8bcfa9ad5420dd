package org.wirecheck.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Whether the files a review's copies were read from are still there and unchanged (by SHA-256). */
public final class SourceCheck {

    /** What became of a copy's file. */
    public enum Status {
        /** The file is there with the same content. */
        UNCHANGED,
        /** The file is there but its content changed since the review. */
        CHANGED,
        /** There is no file at the recorded path (moved, renamed or deleted). */
        MISSING,
        /** Not read from a file (fetched from the web, pasted): the review keeps its bytes and text. */
        NOT_A_FILE
    }

    /** A copy and what became of its file. */
    public record Result(SavedCopy copy, Status status) {
    }

    private SourceCheck() {
    }

    /** Checks every copy's file. */
    public static List<Result> check(List<SavedCopy> copies) {
        List<Result> out = new ArrayList<>();
        for (SavedCopy c : copies) {
            out.add(new Result(c, status(c)));
        }
        return out;
    }

    /** What became of {@code c}'s file. */
    public static Status status(SavedCopy c) {
        if (!c.fromFile()) {
            return Status.NOT_A_FILE;
        }
        Path p;
        try {
            p = Path.of(c.path());
        } catch (InvalidPathException e) {
            return Status.MISSING;
        }
        if (!Files.isRegularFile(p)) {
            return Status.MISSING;
        }
        try {
            return Digests.sha256(p).equalsIgnoreCase(c.sha256()) ? Status.UNCHANGED : Status.CHANGED;
        } catch (IOException e) {
            return Status.MISSING;
        }
    }
}
