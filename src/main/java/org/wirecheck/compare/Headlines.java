package org.wirecheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirecheck.classify.Judgement;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.classify.StoryContext;

/**
 * Headlines are each site's own: a headline that words the story differently, or that no other copy has, is not a
 * passage added or left out. Such items become low WORDING; a number a headline states differently stays a fact
 * ({@link NumberChecks} pairs it with the body).
 */
final class Headlines {

    private static final Set<Kind> REWORDED = Set.of(Kind.OMISSION, Kind.ADDITION, Kind.WORDING);

    private Headlines() {
    }

    /** {@code ranked} with every medium addition, omission or wording that lies wholly in headlines made low. */
    static List<Ranked> worded(List<Ranked> ranked, StoryContext ctx) {
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Judgement j = r.judgement();
            if (REWORDED.contains(j.kind()) && j.severity() == Severity.MEDIUM && inHeadlines(r, ctx)) {
                out.add(new Ranked(r.variant(), r.groups(), new Judgement(Kind.WORDING, Severity.LOW,
                        "headlines worded differently: each site writes its own", j.score())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * True when the item's readings that say something all lie in their copies' headlines (a reading that runs on
     * into the dateline below its headline, "Islamabad, August 05", still does: the dateline is compared on its own).
     */
    private static boolean inHeadlines(Ranked r, StoryContext ctx) {
        return r.variant().allTold(s -> ctx.inHeadline(s.copy(), s.from())
                && (ctx.inHeadline(s.copy(), s.to() - 1) || ctx.inDateline(s.copy(), s.to() - 1)));
    }
}
