package org.wirecheck.ingest;

/**
 * A file could not be loaded as a copy of the story. The message is a one-line human reason such as
 * {@code "file is empty"}; callers print it as {@code <path>: <reason>}.
 */
public final class LoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason one line, lower case, without the path and without a final period */
    public LoadException(String reason) {
        super(reason);
    }

    /** @return the one-line reason (same as {@link #getMessage()}) */
    public String reason() {
        return getMessage();
    }
}
