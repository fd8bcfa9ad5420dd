package org.wirecheck.review;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A review file (or recovery journal) that cannot be used: unreadable, empty, truncated, not JSON, not a review
 * file, from a newer version, or missing a required field. Reading never changes the file.
 */
public final class ReviewFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public ReviewFileException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be used. */
    public Path file() {
        return file;
    }

    /** Why, in one line, without the file name ({@code "the file is cut off (truncated) at line 12"}). */
    public String reason() {
        return reason;
    }
}
