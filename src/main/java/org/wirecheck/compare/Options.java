package org.wirecheck.compare;

import java.util.Optional;

/**
 * Comparison options.
 *
 * @param reference name (or source path) of the copy to use as base; empty to let the engine choose the copy most
 *                  similar to all others
 */
public record Options(Optional<String> reference) {

    public Options {
        reference = reference == null ? Optional.empty() : reference;
    }

    public static Options defaults() {
        return new Options(Optional.empty());
    }

    public static Options withReference(String nameOrSource) {
        return new Options(Optional.of(nameOrSource));
    }
}
