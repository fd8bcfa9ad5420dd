package org.wirecheck.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirecheck.files.AtomicWriter;

/**
 * The recovery journal of one running Wirecheck: a file of JSON lines in the recovery folder
 * ({@code ~/.wirecheck/recovery/}, or the folder named by the system property {@value #DIR_PROPERTY}). The first
 * line holds the whole review (copies with their text, options, entries); every later line one change (an entry).
 * Each write is forced to disk before it returns. A lock file held while the program runs tells a journal in use
 * from one left behind by a program that ended without saving; a change cut off by a kill is left out when read.
 */
public final class RecoveryJournal implements Closeable {

    /** System property naming the recovery folder (tests use their own). */
    public static final String DIR_PROPERTY = "wirecheck.recovery.dir";
    static final String SUFFIX = ".journal";
    static final String LOCK_SUFFIX = ".lock";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path journal;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel out;

    private RecoveryJournal(Path journal, Path lockFile, FileChannel lockChannel, FileLock lock) {
        this.journal = journal;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The recovery folder: the system property {@value #DIR_PROPERTY}, else {@code ~/.wirecheck/recovery}. */
    public static Path defaultDir() {
        String p = System.getProperty(DIR_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        return Path.of(System.getProperty("user.home"), ".wirecheck", "recovery");
    }

    /** A new journal in {@code dir} (created if needed), locked for this program; no journal file is written yet. */
    public static RecoveryJournal create(Path dir) throws IOException {
        Files.createDirectories(dir);
        String base = "review-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(RANDOM.nextInt() & 0xffff);
        Path lockFile = dir.resolve(base + LOCK_SUFFIX);
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock lock = ch.tryLock();
        if (lock == null) {
            ch.close();
            throw new IOException("cannot lock " + lockFile);
        }
        return new RecoveryJournal(dir.resolve(base + SUFFIX), lockFile, ch, lock);
    }

    /** The journal file. */
    public Path file() {
        return journal;
    }

    /**
     * Starts the journal afresh with the whole review (replacing the file in one step, so a crash leaves the old
     * journal or the new one).
     *
     * @param savedFile the review file the review was last saved to or opened from, or null
     */
    public synchronized void rewrite(ReviewDocument doc, Path savedFile) throws IOException {
        closeOut();
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("journal", 1);
        if (savedFile == null) {
            header.putNull("saved");
        } else {
            header.put("saved", savedFile.toAbsolutePath().toString());
        }
        header.set("review", ReviewFile.toJson(doc));
        AtomicWriter.write(journal, (ReviewFile.line(header) + "\n").getBytes(StandardCharsets.UTF_8));
        out = FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Records one change, forced to disk before returning. */
    public synchronized void append(ReviewItem item) throws IOException {
        if (out == null) {
            throw new IllegalStateException("the journal was not started");
        }
        ByteBuffer buf = ByteBuffer.wrap((ReviewFile.line(ReviewFile.itemJson(item)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        out.force(false);
    }

    /** Whether a journal file is being written. */
    public synchronized boolean started() {
        return out != null;
    }

    /** Removes the journal file: nothing is left unsaved. */
    public synchronized void clear() throws IOException {
        closeOut();
        Files.deleteIfExists(journal);
        AtomicWriter.syncFolder(journal.getParent());
    }

    /** Stops writing; a journal file still there (unsaved changes) stays for the next start to offer. */
    @Override
    public synchronized void close() throws IOException {
        closeOut();
        try {
            lock.release();
        } finally {
            lockChannel.close();
            Files.deleteIfExists(lockFile);
        }
    }

    private void closeOut() throws IOException {
        if (out != null) {
            try {
                out.close();
            } finally {
                out = null;
            }
        }
    }

    /** The journals in {@code dir} that no running program holds, newest first (none when there is no folder). */
    public static List<Path> abandoned(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "review-*" + SUFFIX)) {
            for (Path j : s) {
                if (!inUse(lockOf(j))) {
                    out.add(j);
                }
            }
        } catch (IOException | InvalidPathException e) {
            return out;
        }
        out.sort(Comparator.comparing(RecoveryJournal::modified).reversed());
        return out;
    }

    private static boolean inUse(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this program
        } catch (IOException e) {
            return true;
        }
    }

    private static Path lockOf(Path journal) {
        String n = journal.getFileName().toString();
        return journal.resolveSibling(n.substring(0, n.length() - SUFFIX.length()) + LOCK_SUFFIX);
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Deletes an abandoned journal (after it was restored or the user declined it). */
    public static void delete(Path journal) throws IOException {
        Files.deleteIfExists(journal);
        Files.deleteIfExists(lockOf(journal));
        AtomicWriter.syncFolder(journal.getParent());
    }

    /**
     * Reads a journal: the review of its first line with every complete change after it applied in order. A last
     * line cut off by a kill is left out.
     *
     * @throws ReviewFileException when the first line is not a complete review
     */
    public static Recovered read(Path journal) throws ReviewFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(journal);
        } catch (IOException e) {
            throw new ReviewFileException(journal, "cannot be read: " + e.getMessage());
        }
        String all = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = all.split("\n", -1);
        JsonNode header = ReviewFile.parse(journal, lines[0].getBytes(StandardCharsets.UTF_8));
        if (!header.path("journal").canConvertToInt() || header.path("journal").asInt() != 1) {
            throw new ReviewFileException(journal, "not a Wirecheck recovery journal");
        }
        ReviewDocument doc = ReviewFile.fromJson(header.path("review"), journal);
        JsonNode saved = header.get("saved");
        Path savedFile = saved == null || saved.isNull() ? null : Path.of(saved.asText());
        ReviewState state = doc.state();
        int changes = 0;
        boolean cutOff = false;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode n = ReviewFile.parse(journal, lines[i].getBytes(StandardCharsets.UTF_8));
                state = state.with(ReviewFile.item(n, journal, "line " + (i + 1)));
                changes++;
            } catch (ReviewFileException e) {
                cutOff = true; // a change cut off by a kill or a crash; nothing after it can follow
                break;
            }
        }
        return new Recovered(journal, doc.withState(state), savedFile, modified(journal), changes, cutOff);
    }
}
