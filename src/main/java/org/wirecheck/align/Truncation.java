package org.wirecheck.align;

import org.wirecheck.text.Document;

/**
 * Finds copies cut at the bottom: a copy that follows the pivot's passages in order and then stops, while most
 * other copies go on for at least two more passages. Such a copy is reported once as truncated, not once per
 * missing passage.
 */
final class Truncation {

    private final Alignment al;

    Truncation(Alignment al) {
        this.al = al;
    }

    /** Per copy: the last slot position it covers when truncated, else the last slot of the pivot. */
    int[] lastSlots() {
        Pivot pivot = al.pivot();
        int slots = pivot.slotCount();
        int n = al.copyCount();
        int[] out = new int[n];
        for (int d = 0; d < n; d++) {
            out[d] = slots - 1;
            if (n < 3) {
                continue;
            }
            CopyAlignment ca = al.copy(d);
            int last = -1;
            for (int p = 0; p < slots; p++) {
                if (ca.present(p)) {
                    last = p;
                }
            }
            if (last < 0 || last >= slots - 2) {
                continue;
            }
            int missingTail = 0;
            for (int p = last + 1; p < slots; p++) {
                if (presentInMost(p, d)) {
                    missingTail++;
                }
            }
            if (missingTail >= 2 && coversMostBefore(d, last) && endsAtSlot(d, last)) {
                out[d] = last;
            }
        }
        return out;
    }

    private boolean presentInMost(int p, int except) {
        int have = 0;
        int others = 0;
        for (int o = 0; o < al.copyCount(); o++) {
            if (o != except) {
                others++;
                if (al.copy(o).present(p)) {
                    have++;
                }
            }
        }
        return have * 2 > others;
    }

    /** The copy has most of the widely shared passages up to {@code last}. */
    private boolean coversMostBefore(int d, int last) {
        int shared = 0;
        int have = 0;
        for (int p = 0; p <= last; p++) {
            if (presentInMost(p, d)) {
                shared++;
                if (al.copy(d).present(p)) {
                    have++;
                }
            }
        }
        return shared > 0 && have >= 0.7 * shared;
    }

    /** The copy's last word is aligned within slot {@code last} (nothing of its own follows). */
    private boolean endsAtSlot(int d, int last) {
        Document doc = al.docs().get(d);
        Pivot pivot = al.pivot();
        CopyAlignment ca = al.copy(d);
        int lastWord = -1;
        for (int g = pivot.slotStart(last); g < pivot.slotEnd(last); g++) {
            lastWord = Math.max(lastWord, ca.match(g));
        }
        return lastWord >= 0 && doc.size() - lastWord <= 12;
    }
}
