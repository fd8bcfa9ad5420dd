package org.wirecheck.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.report.Review;
import org.wirecheck.report.ReviewEntry;

/**
 * An immutable snapshot of a review: the items by discrepancy key, in the order they were first recorded. Items
 * that record nothing are not kept. As a {@link Review} it gives the reports each discrepancy's verdict and note.
 */
public final class ReviewState implements Review {

    /** Nothing reviewed. */
    public static final ReviewState EMPTY = new ReviewState(new LinkedHashMap<>());

    private final Map<String, ReviewItem> items;

    private ReviewState(LinkedHashMap<String, ReviewItem> items) {
        this.items = Collections.unmodifiableMap(items);
    }

    /** A state holding {@code items} (a later item with the same key replaces an earlier one). */
    public static ReviewState of(Collection<ReviewItem> items) {
        ReviewState s = EMPTY;
        for (ReviewItem i : items) {
            s = s.with(i);
        }
        return s;
    }

    /** This state with {@code item} recorded (an empty item removes its key). */
    public ReviewState with(ReviewItem item) {
        LinkedHashMap<String, ReviewItem> copy = new LinkedHashMap<>(items);
        if (item.isEmpty()) {
            copy.remove(item.key());
        } else {
            copy.put(item.key(), item);
        }
        return new ReviewState(copy);
    }

    /** The item recorded under {@code key}. */
    public Optional<ReviewItem> item(String key) {
        return Optional.ofNullable(items.get(key));
    }

    /** The verdict recorded under {@code key} ({@link Verdict#UNREVIEWED} when none). */
    public Verdict verdict(String key) {
        ReviewItem i = items.get(key);
        return i == null ? Verdict.UNREVIEWED : i.verdict();
    }

    /** The note recorded under {@code key} ({@code ""} when none). */
    public String note(String key) {
        ReviewItem i = items.get(key);
        return i == null ? "" : i.note();
    }

    /** Every item, in the order first recorded. */
    public List<ReviewItem> items() {
        return List.copyOf(items.values());
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** How many of {@code discrepancies} have a verdict. */
    public int reviewed(Collection<Discrepancy> discrepancies) {
        int n = 0;
        for (Discrepancy d : discrepancies) {
            if (verdict(d.key()).reviewed()) {
                n++;
            }
        }
        return n;
    }

    /** The items whose discrepancy is none of {@code discrepancies} (kept, never dropped), in recorded order. */
    public List<ReviewItem> orphans(Collection<Discrepancy> discrepancies) {
        Set<String> keys = new HashSet<>();
        discrepancies.forEach(d -> keys.add(d.key()));
        List<ReviewItem> out = new ArrayList<>();
        for (ReviewItem i : items.values()) {
            if (!keys.contains(i.key())) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public Optional<ReviewEntry> entryFor(Discrepancy d) {
        return item(d.key()).map(i -> new ReviewEntry(i.verdict().reportLabel(), i.note(), outcome(i.verdict())));
    }

    private static ReviewEntry.Outcome outcome(Verdict v) {
        return switch (v) {
            case UNREVIEWED -> ReviewEntry.Outcome.UNREVIEWED;
            case CONFIRMED_ERROR -> ReviewEntry.Outcome.CONFIRMED_ERROR;
            case ACCEPTABLE_VARIATION -> ReviewEntry.Outcome.DISMISSED;
            case NEEDS_FOLLOW_UP -> ReviewEntry.Outcome.FOLLOW_UP;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewState s && List.copyOf(items.values()).equals(List.copyOf(s.items.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(items.values()).hashCode();
    }

    @Override
    public String toString() {
        return "ReviewState" + items.values();
    }
}
