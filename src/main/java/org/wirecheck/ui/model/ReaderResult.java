package org.wirecheck.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirecheck.compare.Comparison;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.KnownTimes;
import org.wirecheck.compare.StoryVersions;

/**
 * What one load-and-compare run produced, ready for the views: the copies in pane order with their highlighting,
 * the comparison (null with fewer than two readable copies), the passage map, the files that could not be read
 * (one message each, naming the file and the reason), how long the run took and the SHA-256 of each copy's file
 * as read (for review files), and the versions of the story the copies follow ({@link StoryVersions}, null
 * without a comparison).
 */
public record ReaderResult(List<PaneCopy> panes, Comparison comparison, PassageMap passages, List<String> problems,
                           List<Path> failed, long millis, Map<Path, String> digests, StoryVersions versions) {

    public ReaderResult {
        panes = List.copyOf(panes);
        problems = List.copyOf(problems);
        failed = List.copyOf(failed);
        digests = Map.copyOf(digests);
        if (versions == null) {
            versions = comparison == null ? null : StoryVersions.of(comparison, KnownTimes.of(comparison));
        }
    }

    /** A result whose versions are found from its comparison and the times its copies carry. */
    public ReaderResult(List<PaneCopy> panes, Comparison comparison, PassageMap passages, List<String> problems,
                        List<Path> failed, long millis, Map<Path, String> digests) {
        this(panes, comparison, passages, problems, failed, millis, digests, null);
    }

    /** A result whose files' digests are unknown (tests). */
    public ReaderResult(List<PaneCopy> panes, Comparison comparison, PassageMap passages, List<String> problems,
                        List<Path> failed, long millis) {
        this(panes, comparison, passages, problems, failed, millis, Map.of());
    }

    /** A result with nothing open. */
    public static ReaderResult empty() {
        return new ReaderResult(List.of(), null, new PassageMap(List.of()), List.of(), List.of(), 0);
    }

    /** The discrepancies, most important first (none without a comparison). */
    public List<Discrepancy> discrepancies() {
        return comparison == null ? List.of() : comparison.discrepancies();
    }

    /** The pane of copy {@code id}. */
    public Optional<PaneCopy> pane(String id) {
        return panes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The pane of the copy read from {@code path}. */
    public Optional<PaneCopy> paneOf(Path path) {
        return panes.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /** The number of copies compared, those set aside as another story not counted (0 without a comparison). */
    public int compared() {
        return comparison == null ? 0 : comparison.comparedCount();
    }

    /** The number of copies set aside as another story. */
    public int setAside() {
        return comparison == null ? 0 : comparison.setAsideCount();
    }

    /** The compared copies that lack the passage of {@code d}. */
    public List<String> lacking(Discrepancy d) {
        return comparison == null ? List.of() : comparison.lacking(d);
    }
}
