package org.wirecheck.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** A file may not be written where asked; nothing was written. The message says why, for people. */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why writing was refused. */
    public enum Reason {
        /** The target is one of the inputs (a compared copy, the review file being read). */
        INPUT,
        /** The target is a folder. */
        FOLDER,
        /** The target's folder does not exist. */
        NO_FOLDER,
        /** The target exists and replacing it was not allowed. */
        EXISTS
    }

    private final transient Path target;
    private final Reason reason;

    public OutputRefusedException(Path target, Reason reason, String message) {
        super(message);
        this.target = Objects.requireNonNull(target, "target");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file that was not written. */
    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }
}
