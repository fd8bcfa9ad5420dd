package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryJournalTest {

    @TempDir
    Path dir;

    private static ReviewDocument doc() {
        return new ReviewDocument("t", List.of(new SavedCopy("a.txt", "/a.txt", "00", "Text.", List.of())), null,
                ReviewState.EMPTY.with(new ReviewItem("k0", Verdict.CONFIRMED_ERROR, "", "s0")));
    }

    @Test
    void aJournalInUseIsNotOfferedAndOneLeftBehindIs() throws Exception {
        RecoveryJournal j = RecoveryJournal.create(dir);
        j.rewrite(doc(), Path.of("/reviews/story.wirecheck"));
        j.append(new ReviewItem("k1", Verdict.NEEDS_FOLLOW_UP, "call them", "s1"));
        assertThat(RecoveryJournal.abandoned(dir)).isEmpty();
        j.close();
        assertThat(RecoveryJournal.abandoned(dir)).containsExactly(j.file());
        Recovered r = RecoveryJournal.read(j.file());
        assertThat(r.savedFile()).isEqualTo(Path.of("/reviews/story.wirecheck"));
        assertThat(r.changes()).isEqualTo(1);
        assertThat(r.cutOff()).isFalse();
        assertThat(r.document().state().items()).extracting(ReviewItem::key).containsExactly("k0", "k1");
        assertThat(r.document().state().note("k1")).isEqualTo("call them");
        RecoveryJournal.delete(j.file());
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void aChangeCutOffInTheMiddleIsLeftOut() throws Exception {
        RecoveryJournal j = RecoveryJournal.create(dir);
        j.rewrite(doc(), null);
        j.append(new ReviewItem("k1", Verdict.ACCEPTABLE_VARIATION, "", ""));
        j.append(new ReviewItem("k0", Verdict.UNREVIEWED, "", ""));
        j.close();
        Files.writeString(j.file(), "{\"key\":\"k2\",\"verdict\":\"confirm", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Recovered r = RecoveryJournal.read(j.file());
        assertThat(r.cutOff()).isTrue();
        assertThat(r.changes()).isEqualTo(2);
        assertThat(r.document().state().items()).extracting(ReviewItem::key).containsExactly("k1");
    }

    @Test
    void aJournalWithoutItsFirstLineIsReportedNotGuessed() throws Exception {
        Path broken = Files.writeString(dir.resolve("review-1-1-1.journal"), "{\"journal\":1,\"review\":{\"form");
        assertThat(RecoveryJournal.abandoned(dir)).containsExactly(broken);
        assertThatThrownBy(() -> RecoveryJournal.read(broken)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("cut off");
    }

    @Test
    void theFolderComesFromTheSystemProperty() {
        String old = System.getProperty(RecoveryJournal.DIR_PROPERTY);
        try {
            System.setProperty(RecoveryJournal.DIR_PROPERTY, dir.toString());
            assertThat(RecoveryJournal.defaultDir()).isEqualTo(dir);
            System.clearProperty(RecoveryJournal.DIR_PROPERTY);
            assertThat(RecoveryJournal.defaultDir().toString()).endsWith(Path.of(".wirecheck", "recovery").toString());
        } finally {
            if (old != null) {
                System.setProperty(RecoveryJournal.DIR_PROPERTY, old);
            }
        }
    }
}
