package org.wirecheck.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;

/**
 * The program {@link KillRecoveryTest} kills: compares the fixture story in the folder given, records verdicts
 * through a {@link ReviewService} whose journal goes to the folder named by {@value RecoveryJournal#DIR_PROPERTY},
 * then rewrites one note over and over, printing {@code ACK n} each time note {@code n} is on disk, until killed.
 */
public final class KillTarget {

    private KillTarget() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        List<Path> files = Fixtures.write(work);
        Comparison c = Fixtures.compare(files, null);
        ReviewService service = new ReviewService(RecoveryJournal.defaultDir());
        service.setContext(Fixtures.saved(files), null);
        Verdict[] cycle = {Verdict.CONFIRMED_ERROR, Verdict.ACCEPTABLE_VARIATION, Verdict.NEEDS_FOLLOW_UP};
        for (int i = 0; i < c.discrepancies().size(); i++) {
            service.setVerdict(c.discrepancies().get(i), cycle[i % 3]);
        }
        service.flush();
        System.out.println("VERDICTS " + c.discrepancies().size());
        System.out.flush();
        Discrepancy first = c.discrepancies().get(0);
        for (int n = 1; ; n++) {
            service.setNote(first, "note " + n);
            service.flush();
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
