package org.wirecheck.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Copy;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.Location;
import org.wirecheck.compare.Reading;

/**
 * Where in the story each discrepancy lies, as a fraction of the reference copy's text (0 at its start, 1 at its
 * end), for the density bar beside the copies. A discrepancy the reference does not carry lies where its first
 * reading lies in the copy that carries it.
 */
public final class Density {

    /** A discrepancy and where it lies, 0..1. */
    public record Mark(Discrepancy discrepancy, double at) {
    }

    private Density() {
    }

    /** The marks of {@code shown}, in the order given. */
    public static List<Mark> of(Comparison comparison, List<Discrepancy> shown) {
        List<Mark> out = new ArrayList<>(shown.size());
        if (comparison == null) {
            return out;
        }
        String base = comparison.baseId();
        for (Discrepancy d : shown) {
            Location where = null;
            for (Reading r : d.readings()) {
                for (Location l : r.locations()) {
                    if (l.witnessId().equals(base)) {
                        where = l;
                    } else if (where == null) {
                        where = l;
                    }
                }
            }
            if (where != null) {
                Location at = where;
                int length = comparison.copy(at.witnessId()).map(Copy::witness).map(w -> w.text().length())
                        .orElse(0);
                out.add(new Mark(d, length == 0 ? 0 : Math.min(1, (double) at.start() / length)));
            }
        }
        return out;
    }
}
