package org.wirecheck.ui.model;

import org.wirecheck.text.Witness;

/**
 * A copy as read: the witness and the SHA-256 of the file's bytes (what a review file records to tell later whether
 * the file changed).
 */
public record LoadedCopy(Witness witness, String sha256) {
}
