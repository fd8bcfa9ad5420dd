package org.wirecheck.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.wirecheck.classify.Kind;
import org.wirecheck.classify.Severity;
import org.wirecheck.compare.Discrepancy;
import org.wirecheck.compare.SameFact;
import org.wirecheck.review.Verdict;
import org.wirecheck.text.Texts;

/**
 * The sidebar's state: the discrepancies of the current result, filtered by severity, kind, copy, verdict and a
 * search text, in display order (grouped by kind or by fact, most important first inside a group, or the engine's
 * ranking, which grouping by copy keeps),
 * the selected one and next/previous navigation with its position ("7 of 42"). A new result keeps the selection on
 * the discrepancy with the same {@link Discrepancy#key() key}, when there is one.
 */
public final class DiscrepancyList {

    private final ObjectProperty<ReaderResult> result = new SimpleObjectProperty<>(ReaderResult.empty());
    private final ObservableSet<Severity> severities = FXCollections.observableSet(EnumSet.allOf(Severity.class));
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> copy = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.KIND);
    private final ObservableList<Discrepancy> visible = FXCollections.observableArrayList();
    private final ObservableList<Discrepancy> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final ObjectProperty<Discrepancy> selected = new SimpleObjectProperty<>();
    private final StringBinding position;
    private Function<Discrepancy, Verdict> verdicts = d -> Verdict.UNREVIEWED;
    /** Where the selected discrepancy stood before it left the list (its verdict changed under a filter), or -1. */
    private int gone = -1;

    public DiscrepancyList() {
        Observable[] inputs = {result, severities, kind, copy, verdict, search, grouping};
        for (Observable o : inputs) {
            o.addListener(x -> refilter());
        }
        result.addListener((o, a, b) -> {
            Discrepancy old = selected.get();
            selected.set(null);
            if (copy.get() != null && b.paneOf(copy.get()).isEmpty()) {
                copy.set(null);
            }
            if (old != null) {
                b.discrepancies().stream().filter(d -> d.key().equals(old.key())).findFirst()
                        .ifPresent(selected::set);
            }
        });
        selected.addListener((o, a, b) -> gone = -1);
        position = Bindings.createStringBinding(this::positionText, selected, visible, result);
    }

    /** The result whose discrepancies are listed (the window sets it after each run, once the panes show it). */
    public ObjectProperty<ReaderResult> resultProperty() {
        return result;
    }

    /** Severities shown (all by default). */
    public ObservableSet<Severity> severities() {
        return severities;
    }

    /** The only kind shown, or null for all. */
    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** Only discrepancies where this copy (by file) differs from the majority, or null for all. */
    public ObjectProperty<Path> copyProperty() {
        return copy;
    }

    /** Only discrepancies with this verdict, or null for all. */
    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** Where verdicts come from (the review); call {@link #verdictsChanged()} when they change. */
    public void setVerdicts(Function<Discrepancy, Verdict> lookup) {
        verdicts = lookup;
        refilter();
    }

    /**
     * A verdict changed: under a verdict filter the list is filtered again; a selected discrepancy that leaves it
     * stays selected, and next/previous go on from where it stood.
     */
    public void verdictsChanged() {
        if (verdict.get() != null) {
            refilter(true);
        }
    }

    /** Text to look for in readings, summary and reason. */
    public StringProperty searchProperty() {
        return search;
    }

    /** How the list is grouped: by kind (the default), by fact, by copy, or not at all (the engine's ranking). */
    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The discrepancies shown, in display order. */
    public ObservableList<Discrepancy> visible() {
        return visibleView;
    }

    /** The sections of the list as grouped ({@link Sections}); empty when not grouped. */
    public List<Section> sections() {
        return sections;
    }

    /** How many discrepancies of each kind the result has (before filtering). */
    public Map<Kind, Integer> kindCounts() {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        for (Discrepancy d : result.get().discrepancies()) {
            out.merge(d.kind(), 1, Integer::sum);
        }
        return out;
    }

    /** The selected discrepancy, or null. */
    public ObjectProperty<Discrepancy> selectedProperty() {
        return selected;
    }

    public Discrepancy selected() {
        return selected.get();
    }

    /** {@code "7 of 42"} (position among those shown), or how many are shown when none is selected. */
    public ObservableValue<String> positionProperty() {
        return position;
    }

    /** Selects the next discrepancy shown (the first when none is selected); false at the end. */
    public boolean next() {
        return step(+1);
    }

    /** Selects the previous discrepancy shown (the last when none is selected); false at the start. */
    public boolean previous() {
        return step(-1);
    }

    /** Clears the severity, kind, copy, verdict and search filters. */
    public void clearFilters() {
        severities.addAll(EnumSet.allOf(Severity.class));
        kind.set(null);
        copy.set(null);
        verdict.set(null);
        search.set("");
    }

    private boolean step(int delta) {
        if (visible.isEmpty()) {
            return false;
        }
        int i = visible.indexOf(selected.get());
        int next;
        if (i >= 0) {
            next = i + delta;
        } else if (gone >= 0 && selected.get() != null) {
            next = delta > 0 ? gone : gone - 1; // the row after it took its place
        } else {
            next = delta > 0 ? 0 : visible.size() - 1;
        }
        if (next < 0 || next >= visible.size()) {
            return false;
        }
        selected.set(visible.get(next));
        return true;
    }

    /** The sections of the list as last filtered and grouped ({@link #sections()}). */
    private List<Section> sections = List.of();

    private void refilter() {
        refilter(false);
    }

    /** Filters again; with {@code keepIfSame}, a list that did not change is left alone (no rebuild, no scroll). */
    private void refilter(boolean keepIfSame) {
        int before = visible.indexOf(selected.get());
        ReaderResult r = result.get();
        String copyId = copy.get() == null ? null : r.paneOf(copy.get()).map(PaneCopy::id).orElse(null);
        Set<Severity> sev = EnumSet.noneOf(Severity.class);
        sev.addAll(severities);
        List<Discrepancy> all = r.discrepancies();
        List<Discrepancy> out = new ArrayList<>();
        for (Discrepancy d : all) {
            if (sev.contains(d.severity()) && (kind.get() == null || d.kind() == kind.get())
                    && (copyId == null || RowText.outliers(d).contains(copyId))
                    && (verdict.get() == null || verdicts.apply(d) == verdict.get())
                    && RowText.matches(d, search.get())) {
                out.add(d);
            }
        }
        if (grouping.get() == Grouping.KIND) {
            out.sort(Comparator.comparing(Discrepancy::kind)); // stable: engine ranking inside a kind
        }
        if (grouping.get() == Grouping.FACT) {
            List<List<Discrepancy>> facts = SameFact.groups(out); // made once: the order and the sections
            out = facts.stream().flatMap(List::stream).collect(Collectors.toList());
            sections = Sections.ofFacts(facts);
        } else {
            sections = Sections.of(grouping.get(), out, r);
        }
        if (!keepIfSame || !out.equals(visible)) {
            visible.setAll(out);
        }
        if (before >= 0 && !visible.contains(selected.get())) {
            gone = before;
        } else if (visible.contains(selected.get())) {
            gone = -1;
        }
    }

    private String positionText() {
        int total = result.get().discrepancies().size();
        int i = visible.indexOf(selected.get());
        if (i >= 0) {
            return (i + 1) + " of " + visible.size();
        }
        if (visible.size() == total) {
            return Texts.plural(total, "discrepancy", "discrepancies");
        }
        return visible.size() + " of " + Texts.plural(total, "discrepancy", "discrepancies") + " shown";
    }
}
