package org.wirecheck.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.wirecheck.files.OutputRefusedException.Reason;

/**
 * Writes a file in one step: the body goes to a new temporary file next to the target, is forced to disk, and the
 * temporary file then takes the target's place ({@code ATOMIC_MOVE}, else {@code REPLACE_EXISTING}). A reader, a
 * crash or a kill at any moment sees the old file or the new one, never a mix, and a failed write leaves the target
 * as it was. Without {@code overwrite} the file is linked into place only if nothing is there yet, so even a file
 * that appears while the body is written is left alone. The temporary file is gone afterwards, whatever happens
 * (short of the process being killed).
 */
public final class AtomicWriter {

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicWriter() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, true, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} from {@code body}.
     *
     * @throws OutputRefusedException when {@code overwrite} is false and the target exists, or its folder does not
     * @throws IOException            when writing fails; the target is then as it was
     */
    public static void write(Path target, boolean overwrite, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputRefusedException(target, Reason.NO_FOLDER,
                    target + ": folder " + dir + " does not exist");
        }
        String name = abs.getFileName().toString();
        Path tmp = dir.resolve("." + (name.length() > 100 ? name.substring(0, 100) : name) + "."
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream os = Channels.newOutputStream(ch)) {
                body.writeTo(os);
                os.flush();
                ch.force(true);
            }
            if (overwrite) {
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                placeWithoutReplacing(tmp, abs, target);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes a new or removed directory entry durable where the platform allows it (not on Windows). */
    public static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    /** Puts the temporary file in place only if the target does not exist, in one step where links are supported. */
    private static void placeWithoutReplacing(Path tmp, Path abs, Path target) throws IOException {
        try {
            Files.createLink(abs, tmp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (UnsupportedOperationException | IOException e) {
            // no hard links on this file system: check, then move without replacing
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target);
        }
        try {
            Files.move(tmp, abs);
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        }
    }

    private static OutputRefusedException exists(Path target) {
        return new OutputRefusedException(target, Reason.EXISTS, target + " already exists");
    }
}
