package org.wirecheck.report;

import java.io.IOException;
import java.nio.file.Path;

/** An export that was not attempted because of where it would write; nothing was written and no file changed. */
public final class ExportRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the target was refused. */
    public enum Reason {
        /** The file exists and replacing it was not allowed (ask the user, or pass {@code --force}). */
        EXISTS,
        /** The target is one of the copies being compared; it is never written over. */
        INPUT,
        /** The target is a folder. */
        FOLDER,
        /** The folder the target would be written in does not exist. */
        NO_FOLDER
    }

    private final transient Path target;
    private final Reason reason;

    public ExportRefusedException(Path target, Reason reason, String message) {
        super(message);
        this.target = target;
        this.reason = reason;
    }

    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }
}
