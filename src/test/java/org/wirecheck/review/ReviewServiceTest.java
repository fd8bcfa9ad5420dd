package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;

class ReviewServiceTest {

    @TempDir
    Path tmp;

    @Test
    void everyChangeIsJournalledUntilSavedThenTheJournalGoes() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        Comparison c = Fixtures.compare(files, null);
        Path recovery = tmp.resolve("recovery");
        try (ReviewService s = new ReviewService(recovery)) {
            AtomicInteger changes = new AtomicInteger();
            s.addListener(changes::incrementAndGet);
            s.setContext(Fixtures.saved(files), null);
            assertThat(s.dirty()).isFalse();
            Discrepancy d = c.discrepancies().get(0);
            s.setVerdict(d, Verdict.CONFIRMED_ERROR);
            s.setNote(d, "A");
            s.setNote(d, "AP");
            s.flush();
            assertThat(s.dirty()).isTrue();
            assertThat(changes.get()).isEqualTo(4);
            Path journal = s.journalFile().orElseThrow();
            Recovered r = RecoveryJournal.read(journal);
            assertThat(r.document().state()).isEqualTo(s.state());
            assertThat(r.document().copies()).hasSize(4);

            Path file = tmp.resolve("r.wirecheck");
            s.save(file);
            s.flush();
            assertThat(s.dirty()).isFalse();
            assertThat(s.file()).contains(file.toAbsolutePath());
            assertThat(journal).doesNotExist();
            assertThat(ReviewFile.read(file).state()).isEqualTo(s.state());

            s.setVerdict(d, Verdict.ACCEPTABLE_VARIATION);
            s.flush();
            Recovered after = RecoveryJournal.read(s.journalFile().orElseThrow());
            assertThat(after.savedFile()).isEqualTo(file.toAbsolutePath());
            assertThat(after.document().state().verdict(d.key())).isEqualTo(Verdict.ACCEPTABLE_VARIATION);
        }
        assertThat(RecoveryJournal.abandoned(recovery)).as("unsaved change left for the next start").hasSize(1);
    }

    @Test
    void settingTheSameVerdictAgainIsNoChange() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        Discrepancy d = Fixtures.compare(files, null).discrepancies().get(0);
        try (ReviewService s = new ReviewService(null)) {
            s.setVerdict(d, Verdict.NEEDS_FOLLOW_UP);
            AtomicInteger changes = new AtomicInteger();
            s.addListener(changes::incrementAndGet);
            s.setVerdict(d, Verdict.NEEDS_FOLLOW_UP);
            assertThat(changes.get()).isZero();
        }
    }

    @Test
    void startingANewReviewForgetsTheJournal() throws Exception {
        List<Path> files = Fixtures.write(tmp);
        Discrepancy d = Fixtures.compare(files, null).discrepancies().get(0);
        Path recovery = tmp.resolve("recovery");
        try (ReviewService s = new ReviewService(recovery)) {
            s.setVerdict(d, Verdict.CONFIRMED_ERROR);
            s.flush();
            assertThat(Files.list(recovery).filter(p -> p.toString().endsWith(".journal")).count()).isEqualTo(1);
            s.startNew();
            s.flush();
            assertThat(s.state().isEmpty()).isTrue();
            assertThat(Files.list(recovery).filter(p -> p.toString().endsWith(".journal")).count()).isZero();
        }
    }
}
