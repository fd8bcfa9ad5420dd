package org.wirecheck.compare;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirecheck.compare.PublicationTimes.Basis;
import org.wirecheck.compare.PublicationTimes.Stamp;
import org.wirecheck.compare.StoryVersions.TimedCopy;
import org.wirecheck.text.Texts;

/** The known times of the copies (by index in the comparison), ordered and said in words. */
final class CopyTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ReadingMatrix m;
    private final PublicationTimes times;
    /** Whether every known time falls on one day (UTC): then the times are said without the date. */
    private final boolean oneDay;

    CopyTimes(ReadingMatrix m, PublicationTimes times) {
        this.m = m;
        this.times = times;
        oneDay = times.byCopy().values().stream()
                .map(s -> s.time().atZone(ZoneOffset.UTC).toLocalDate()).distinct().count() <= 1;
    }

    Optional<Stamp> stamp(int copy) {
        return times.of(m.copies().get(copy).id());
    }

    /** The earliest time any of the copies carries. */
    Optional<Stamp> first(List<Integer> copies) {
        return copies.stream().map(this::stamp).flatMap(Optional::stream).min(Comparator.comparing(Stamp::time));
    }

    /** The copies with a time, earliest first, then the others in copy order. */
    List<Integer> inOrder(List<Integer> copies) {
        List<Integer> out = new ArrayList<>(copies);
        out.sort(Comparator.comparing((Integer c) -> stamp(c).map(Stamp::time).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** {@code "04:10 UTC"}, or {@code "2026-12-07 04:10 UTC"} when the known times span more than a day. */
    String format(Instant t) {
        return (oneDay ? TIME : DATE_TIME).format(t) + " UTC";
    }

    /** {@code "published 04:10 UTC"}, {@code "fetched 05:02 UTC (no publication time)"}, {@code "no known time"}. */
    String when(int copy) {
        return stamp(copy).map(s -> s.basis().word() + " " + format(s.time())
                + (s.basis() == Basis.FETCHED ? " (no publication time)" : "")).orElse("no known time");
    }

    /** The line naming the earliest copy, with what would make it uncertain. */
    String earliest(List<TimedCopy> timeline, int untimed, boolean versioned) {
        if (timeline.isEmpty()) {
            return "No copy carries a publication or fetch time: the copies are unordered.";
        }
        TimedCopy first = timeline.get(0);
        long fetchedOnly = timeline.stream().filter(t -> t.stamp().basis() == Basis.FETCHED).count();
        StringBuilder b = new StringBuilder();
        String version = versioned ? " (version " + first.version() + ")" : "";
        if (first.stamp().basis() == Basis.PUBLISHED) {
            b.append("Earliest copy: ").append(first.copyId()).append(version).append(", published ")
                    .append(format(first.stamp().time())).append('.');
        } else {
            b.append("Earliest known: ").append(first.copyId()).append(version).append(", fetched ")
                    .append(format(first.stamp().time()))
                    .append(" (published then or earlier; no copy carries an earlier publication time).");
        }
        List<String> doubts = new ArrayList<>();
        if (first.stamp().basis() == Basis.PUBLISHED && fetchedOnly > 0) {
            doubts.add(Texts.plural((int) fetchedOnly, "copy", "copies") + " carrying only a fetch time");
        }
        if (untimed > 0) {
            doubts.add(Texts.plural(untimed, "copy", "copies") + " without a time");
        }
        if (!doubts.isEmpty()) {
            b.append(" An earlier copy cannot be ruled out: ").append(String.join(" and ", doubts)).append('.');
        }
        return b.toString();
    }
}
