package org.wirecheck.compare;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When each copy appeared, as far as anything says: a publication time (from the page or file, or given by the user)
 * or, failing that, the time the copy was fetched, which only says it was published no later. An input to
 * {@link StoryVersions}, kept apart from the copies so that it can come from anywhere: the command line's
 * {@code --published}, the copies' own metadata, a review file. Copies without an entry have no known time and are
 * never given one.
 *
 * @param byCopy the time of each copy that has one, by copy id ("A", "B", ...)
 */
public record PublicationTimes(Map<String, Stamp> byCopy) {

    /** No copy has a known time. */
    public static final PublicationTimes NONE = new PublicationTimes(Map.of());

    /** What a time says about a copy. */
    public enum Basis {
        /** The copy says (or the user says) it was published then. */
        PUBLISHED("published"),
        /** The copy was fetched then; it was published then or earlier. */
        FETCHED("fetched");

        private final String word;

        Basis(String word) {
            this.word = word;
        }

        /** {@code "published"}, {@code "fetched"}. */
        public String word() {
            return word;
        }
    }

    /** One copy's time and what it rests on. */
    public record Stamp(Instant time, Basis basis) {

        public Stamp {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(basis, "basis");
        }
    }

    public PublicationTimes {
        byCopy = Map.copyOf(byCopy);
    }

    /** Publication times by copy id. */
    public static PublicationTimes published(Map<String, Instant> times) {
        Map<String, Stamp> out = new HashMap<>();
        times.forEach((id, t) -> out.put(id, new Stamp(t, Basis.PUBLISHED)));
        return new PublicationTimes(out);
    }

    /** These times with one more (or another) for {@code copyId}. */
    public PublicationTimes with(String copyId, Instant time, Basis basis) {
        Map<String, Stamp> out = new HashMap<>(byCopy);
        out.put(copyId, new Stamp(time, basis));
        return new PublicationTimes(out);
    }

    /** The time of copy {@code copyId}, if one is known. */
    public Optional<Stamp> of(String copyId) {
        return Optional.ofNullable(byCopy.get(copyId));
    }

    public boolean isEmpty() {
        return byCopy.isEmpty();
    }

    /**
     * A time as pages and files write it, when it names an instant: ISO 8601 with an offset or {@code Z}
     * ({@code 2026-12-07T04:10:00Z}, {@code 2026-12-07T13:10+09:00}) or RFC 1123 ({@code Mon, 7 Dec 2026 04:10:00
     * GMT}). A date alone or a time without a zone is empty: it names no instant, and guessing a zone would order
     * copies wrongly.
     */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME}) {
            try {
                return Optional.of(OffsetDateTime.parse(s, f).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
