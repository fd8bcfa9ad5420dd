package org.wirecheck.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.wirecheck.text.Document;
import org.wirecheck.text.Lexicon;

/**
 * Aligns a copy's words with the pivot's inside each linked group, with java-diff-utils (Myers) on comparison keys,
 * then joins differences separated by a single word (or two function words) into one phrase, as a reader would.
 */
final class WordAligner {

    private static final int MAX_PHRASE = 7;

    private final List<Document> docs;
    private final Pivot pivot;

    WordAligner(List<Document> docs, Pivot pivot) {
        this.docs = docs;
        this.pivot = pivot;
    }

    CopyAlignment align(int d, List<Group> groups) {
        Document doc = docs.get(d);
        boolean[] present = new boolean[pivot.slotCount()];
        int[] match = new int[pivot.size()];
        Arrays.fill(match, -1);
        List<CopyEdit> edits = new ArrayList<>();
        for (Group g : groups) {
            int[] globals = pivot.globalIndexes(g.slots());
            for (Slot s : g.slots()) {
                present[pivot.position(s)] = true;
            }
            int from = doc.sentenceStart(g.sentenceFrom());
            int to = doc.sentenceEnd(g.sentenceTo() - 1);
            List<String> a = new ArrayList<>(globals.length);
            for (int gi : globals) {
                a.add(pivot.word(gi).key());
            }
            List<String> b = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                b.add(doc.word(i).key());
            }
            List<CopyEdit> local = new ArrayList<>();
            int pa = 0;
            int pb = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
                int sa = delta.getSource().getPosition();
                int sb = delta.getTarget().getPosition();
                while (pa < sa) {
                    match[globals[pa++]] = from + pb++;
                }
                int ea = sa + delta.getSource().size();
                int eb = sb + delta.getTarget().size();
                local.add(new CopyEdit(sa, ea, sb, eb));
                pa = ea;
                pb = eb;
            }
            while (pa < a.size()) {
                match[globals[pa++]] = from + pb++;
            }
            for (CopyEdit edit : joinPhrases(local, a)) {
                int ga = edit.pivotFrom() < globals.length ? globals[edit.pivotFrom()]
                        : globals[globals.length - 1] + 1;
                int gb = edit.pivotTo() > edit.pivotFrom() ? globals[edit.pivotTo() - 1] + 1 : ga;
                edits.add(new CopyEdit(ga, gb, from + edit.copyFrom(), from + edit.copyTo()));
            }
        }
        edits.sort(Comparator.comparingInt(CopyEdit::pivotFrom).thenComparingInt(CopyEdit::pivotTo));
        return new CopyAlignment(present, match, edits);
    }

    /** Joins neighbouring differences separated by one word, or two function words, into one phrase. */
    static List<CopyEdit> joinPhrases(List<CopyEdit> edits, List<String> pivotKeys) {
        List<CopyEdit> out = new ArrayList<>();
        for (CopyEdit edit : edits) {
            if (!out.isEmpty()) {
                CopyEdit prev = out.get(out.size() - 1);
                int gap = edit.pivotFrom() - prev.pivotTo();
                boolean shortGap = gap <= 1 || gap == 2 && Lexicon.isStopword(pivotKeys.get(prev.pivotTo()))
                        && Lexicon.isStopword(pivotKeys.get(prev.pivotTo() + 1));
                boolean small = edit.pivotTo() - prev.pivotFrom() <= MAX_PHRASE
                        && edit.copyTo() - prev.copyFrom() <= MAX_PHRASE;
                if (shortGap && small) {
                    out.set(out.size() - 1,
                            new CopyEdit(prev.pivotFrom(), edit.pivotTo(), prev.copyFrom(), edit.copyTo()));
                    continue;
                }
            }
            out.add(edit);
        }
        return out;
    }
}
