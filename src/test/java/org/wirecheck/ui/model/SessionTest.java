package org.wirecheck.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wirecheck.review.Fixtures;

/** A newer request cancels the run under way instead of letting it finish. */
class SessionTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSupersededRunIsCancelledAndOnlyTheNewestIsApplied() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        Session session = onFx(() -> new Session(queued::add));
        onFx(() -> {
            session.open(files);
            session.setReference(files.get(2));
            return null;
        });
        assertThat(queued).hasSize(2);
        assertThat(((Task<?>) queued.get(0)).isCancelled()).isTrue();
        assertThat(((Task<?>) queued.get(1)).isCancelled()).isFalse();
        Thread worker = new Thread(() -> queued.forEach(Runnable::run));
        worker.start();
        worker.join(30_000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !session.busyProperty().get()));
        assertThat(onFx(session::cancelledRuns)).isEqualTo(1);
        ReaderResult r = onFx(session::result);
        assertThat(r.compared()).isEqualTo(4);
        assertThat(r.paneOf(files.get(2).toAbsolutePath()).orElseThrow().copy().base()).isTrue();
        assertThat(r.digests()).hasSize(4).allSatisfy((p, d) -> assertThat(d).hasSize(64));
    }

    @Test
    void cancellingKeepsTheLastResultAndTheCopiesItShows() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        Session session = onFx(() -> new Session(queued::add));
        onFx(() -> {
            session.open(files.subList(0, 2));
            return null;
        });
        queued.remove(0).run();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !session.busyProperty().get()));
        ReaderResult shown = onFx(session::result);
        assertThat(shown.compared()).isEqualTo(2);

        onFx(() -> {
            session.open(files);
            return null;
        });
        assertThat(onFx(() -> session.busyProperty().get())).isTrue();
        onFx(() -> {
            session.cancel();
            return null;
        });
        assertThat(onFx(() -> session.busyProperty().get())).isFalse();
        assertThat(onFx(session::result)).isSameAs(shown);
        assertThat(onFx(session::files)).containsExactlyElementsOf(
                shown.panes().stream().map(PaneCopy::path).toList());
        assertThat(onFx(() -> session.statusProperty().get())).contains("cancelled");
        queued.remove(0).run(); // the cancelled task, if it still runs, changes nothing
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(onFx(session::result)).isSameAs(shown);
        onFx(() -> {
            session.cancel(); // nothing under way: nothing happens
            return null;
        });
        assertThat(onFx(session::result)).isSameAs(shown);
    }

    @Test
    void aCopySetAsideIsNotCountedAsComparedAndTheRunSaysSo() throws Exception {
        List<Path> files = new java.util.ArrayList<>(Fixtures.write(tmp));
        files.add(java.nio.file.Files.writeString(tmp.resolve("z-other.txt"), "The orchestra announced its new "
                + "season with three premieres by young composers. Tickets for the opening concert went on sale "
                + "this morning and sold out within an hour. Rehearsals begin in August in the renovated hall.\n"));
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        Session session = onFx(() -> new Session(queued::add));
        onFx(() -> {
            session.open(files);
            return null;
        });
        queued.forEach(Runnable::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !session.busyProperty().get()));

        ReaderResult r = onFx(session::result);
        assertThat(r.compared()).isEqualTo(4);
        assertThat(r.setAside()).isEqualTo(1);
        assertThat(onFx(() -> session.statusProperty().get())).startsWith("4 copies compared (1 set aside) in ");
        assertThat(r.discrepancies()).allMatch(d -> !r.lacking(d).contains("E"));
        assertThat(RowText.counts(r.discrepancies().get(0), r.compared(), r.lacking(r.discrepancies().get(0))))
                .doesNotContain(" of 5");
    }
}
