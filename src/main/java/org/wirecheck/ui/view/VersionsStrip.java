package org.wirecheck.ui.view;

import java.time.Instant;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wirecheck.compare.PublicationTimes;
import org.wirecheck.compare.StoryVersions;

/**
 * Above the overview: the versions of the story the copies follow, each with what sets it apart, its copies and its
 * likely source with the evidence; the earliest copy, or why none can be named; the copies without a time, said to
 * be unordered; and a timeline of the copies whose time is known (a filled dot: published then; a ring: fetched
 * then), coloured by version.
 */
final class VersionsStrip extends VBox {

    private static final Color[] VERSION_COLOURS = {Color.web("#0072B2"), Color.web("#D55E00"),
        Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9")};
    private static final double TIMELINE_H = 34;
    /** Versions of two copies or more listed before "and N more". */
    private static final int MAX_VERSIONS = 6;
    /** Copies standing alone named before "…". */
    private static final int MAX_ALONE = 16;

    private final Canvas timeline = new Canvas(0, TIMELINE_H);
    private StoryVersions shown;
    private boolean dark;

    VersionsStrip() {
        setId("versions");
        getStyleClass().add("versions-strip");
        setSpacing(2);
        widthProperty().addListener((o, a, b) -> drawTimeline());
    }

    void setDark(boolean on) {
        dark = on;
        drawTimeline();
    }

    /** Shows {@code v} (nothing when null). */
    void show(StoryVersions v) {
        shown = v;
        getChildren().clear();
        if (v == null) {
            return;
        }
        if (!v.distinct()) {
            add("The copies follow one version of the story.");
        } else {
            List<StoryVersions.Version> shared = v.versions().stream().filter(x -> x.copyIds().size() > 1).toList();
            List<String> alone = v.versions().stream().filter(x -> x.copyIds().size() == 1)
                    .map(x -> x.copyIds().get(0)).toList();
            for (StoryVersions.Version version : shared.subList(0, Math.min(MAX_VERSIONS, shared.size()))) {
                add(capital(version.title()) + ": " + String.join(", ", version.copyIds()) + " — likely source "
                        + version.sourceId() + (version.evidence().isEmpty() ? "" : ": " + version.evidence()));
            }
            if (shared.size() > MAX_VERSIONS) {
                add("… and " + (shared.size() - MAX_VERSIONS) + " more versions of two copies or more.");
            }
            if (!alone.isEmpty()) {
                add(alone.size() + (alone.size() == 1 ? " copy reads" : " copies read") + " like no other: "
                        + String.join(", ", alone.subList(0, Math.min(MAX_ALONE, alone.size())))
                        + (alone.size() > MAX_ALONE ? ", …" : "") + " (each a version of its own).");
            }
        }
        add(v.earliest());
        if (!v.unordered().isEmpty() && !v.timeline().isEmpty()) {
            add("No time known for " + String.join(", ", v.unordered()) + ": unordered, not guessed.");
        }
        if (!v.timeline().isEmpty()) {
            getChildren().add(timeline);
            drawTimeline();
        }
    }

    private void add(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("versions-line");
        getChildren().add(l);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void drawTimeline() {
        timeline.setWidth(Math.max(0, getWidth() - 16));
        GraphicsContext g = timeline.getGraphicsContext2D();
        double w = timeline.getWidth();
        g.clearRect(0, 0, w, TIMELINE_H);
        if (shown == null || shown.timeline().isEmpty() || w < 40) {
            return;
        }
        List<StoryVersions.TimedCopy> copies = shown.timeline();
        Instant first = copies.get(0).stamp().time();
        Instant last = copies.get(copies.size() - 1).stamp().time();
        double span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
        Color ink = dark ? Color.web("#e4e6e9") : Color.web("#202124");
        g.setStroke(ink.deriveColor(0, 1, 1, 0.5));
        g.strokeLine(10, 12, w - 10, 12);
        g.setFont(Font.font(10));
        for (StoryVersions.TimedCopy c : copies) {
            double x = 10 + (w - 20) * (c.stamp().time().getEpochSecond() - first.getEpochSecond()) / span;
            Color colour = VERSION_COLOURS[(c.version() - 1) % VERSION_COLOURS.length];
            if (c.stamp().basis() == PublicationTimes.Basis.PUBLISHED) {
                g.setFill(colour);
                g.fillOval(x - 5, 7, 10, 10);
            } else {
                g.setStroke(colour);
                g.setLineWidth(2);
                g.strokeOval(x - 4, 8, 8, 8);
                g.setLineWidth(1);
            }
            g.setFill(ink);
            g.fillText(c.copyId(), x - 3, 30);
        }
    }
}
