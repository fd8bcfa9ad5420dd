package org.wirecheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.wirecheck.ingest.LoadException;
import org.wirecheck.ingest.Loader;
import org.wirecheck.ingest.WebFetcher;
import org.wirecheck.text.Witness;
import org.wirecheck.text.Texts;

/**
 * Reads the copies named on the command line: files, and web addresses fetched (a few at a time) with
 * {@link WebFetcher}. A copy that cannot be read is left out after one line on standard error naming it and the
 * reason; the others are read.
 */
final class Copies {

    /** Web pages fetched at once. */
    private static final int PARALLEL = 4;

    private final WebFetcher fetcher;
    private final PrintStream stderr;

    Copies(WebFetcher fetcher, PrintStream stderr) {
        this.fetcher = fetcher;
        this.stderr = stderr;
    }

    /**
     * The copies of {@code args}, null where one could not be read.
     *
     * @param paths each argument's path, null for a web address or an argument that is no valid path
     */
    List<Witness> read(List<String> args, List<Path> paths) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "wirecheck-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Witness>> pages = new ArrayList<>();
            for (String arg : args) {
                pages.add(Loader.isWebAddress(arg) ? CompletableFuture.supplyAsync(() -> fetch(arg), pool) : null);
            }
            List<Witness> out = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                out.add(pages.get(i) != null ? pages.get(i).join() : load(args.get(i), paths.get(i)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Witness fetch(String address) {
        try {
            return fetcher.fetch(address);
        } catch (LoadException e) {
            stderr.println("wirecheck: " + Texts.oneLine(address) + ": " + CompareCommand.reason(e));
        } catch (RuntimeException e) {
            stderr.println("wirecheck: " + Texts.oneLine(address) + ": cannot be fetched: "
                    + CompareCommand.reason(e));
        }
        return null;
    }

    /** The copy, or {@code null} after one line on standard error saying why it cannot be read. */
    private Witness load(String arg, Path path) {
        if (path == null) {
            stderr.println("wirecheck: " + Texts.oneLine(arg) + ": not a valid path");
            return null;
        }
        try {
            return Loader.load(path);
        } catch (LoadException e) {
            stderr.println("wirecheck: " + Texts.oneLine(arg) + ": " + CompareCommand.reason(e));
        } catch (RuntimeException e) {
            stderr.println("wirecheck: " + Texts.oneLine(arg) + ": cannot read: " + CompareCommand.reason(e));
        }
        return null;
    }
}
