package org.wirecheck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;

/**
 * Recovery after the program is killed: a child JVM records verdicts and keeps changing a note; it is killed with
 * SIGKILL ({@link Process#destroyForcibly()}) in the middle of that; everything it had confirmed is restored from
 * its journal.
 */
class KillRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void verdictsAndNotesSurviveAKill() throws Exception {
        Path recovery = tmp.resolve("recovery");
        Path work = tmp.resolve("work");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-D" + RecoveryJournal.DIR_PROPERTY + "=" + recovery, KillTarget.class.getName(), work.toString())
                .redirectErrorStream(true).start();
        AtomicInteger verdicts = new AtomicInteger(-1);
        AtomicInteger acked = new AtomicInteger();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("VERDICTS ")) {
                        verdicts.set(Integer.parseInt(line.substring(9)));
                    } else if (line.startsWith("ACK ")) {
                        acked.set(Integer.parseInt(line.substring(4)));
                    } else if (output.length() < 4000) {
                        output.append(line).append('\n');
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (acked.get() < 20 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("child still writing; its output:\n%s", output).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }
        reader.get(10, TimeUnit.SECONDS);
        int lastAck = acked.get();

        List<Path> left = RecoveryJournal.abandoned(recovery);
        assertThat(left).hasSize(1);
        Recovered r = RecoveryJournal.read(left.get(0));
        Comparison c = Fixtures.compare(Fixtures.write(Files.createDirectories(tmp.resolve("again"))), null);
        assertThat(c.discrepancies()).hasSize(verdicts.get());
        Verdict[] cycle = {Verdict.CONFIRMED_ERROR, Verdict.ACCEPTABLE_VARIATION, Verdict.NEEDS_FOLLOW_UP};
        for (int i = 0; i < c.discrepancies().size(); i++) {
            assertThat(r.document().state().verdict(c.discrepancies().get(i).key())).isEqualTo(cycle[i % 3]);
        }
        Discrepancy first = c.discrepancies().get(0);
        int restoredNote = Integer.parseInt(r.document().state().note(first.key()).substring("note ".length()));
        assertThat(restoredNote).as("no confirmed note lost (last confirmed %d)", lastAck)
                .isGreaterThanOrEqualTo(lastAck);
        assertThat(r.document().copies()).hasSize(4);
    }
}
