package org.wirecheck.report.html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.wirecheck.compare.PublicationTimes.Basis;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.compare.StoryVersions.TimedCopy;
import org.wirecheck.compare.StoryVersions.Version;

/**
 * The versions' timeline as inline SVG (nothing fetched): one lane per version, its copies placed by time (a filled
 * dot: published then; a hollow dot: fetched then, published no later), and at the right, past a dashed line, the
 * copies without a time as squares, in no order. Shapes, not colours, tell the kinds of time apart.
 */
final class Timeline {

    static final int WIDTH = 720;
    static final int LANE = 34;
    static final int LEFT = 170;
    static final int UNORDERED = 120;
    private static final int TOP = 28;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Timeline() {
    }

    static void draw(StoryVersions v, Element parent) {
        int lanes = v.versions().size();
        int height = TOP + lanes * LANE + 24;
        Element svg = parent.appendElement("svg").addClass("timeline").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("width", Integer.toString(WIDTH))
                .attr("height", Integer.toString(height)).attr("role", "img")
                .attr("aria-label", "Timeline of the versions: " + v.earliest());
        int axisEnd = WIDTH - UNORDERED - 20;
        Instant first = v.timeline().isEmpty() ? null : v.timeline().get(0).stamp().time();
        Instant last = v.timeline().isEmpty() ? null : v.timeline().get(v.timeline().size() - 1).stamp().time();
        label(svg, LEFT, 14, first == null ? "no copy carries a time" : TIME.format(first) + " UTC", "start");
        if (last != null && !last.equals(first)) {
            label(svg, axisEnd, 14, TIME.format(last) + " UTC", "end");
        }
        label(svg, axisEnd + 20 + UNORDERED / 2, 14, "no time", "middle");
        line(svg, axisEnd + 20, TOP - 6, axisEnd + 20, height - 18, true);
        for (int i = 0; i < lanes; i++) {
            Version version = v.versions().get(i);
            int y = TOP + i * LANE + LANE / 2;
            line(svg, LEFT, y, axisEnd, y, false);
            label(svg, 4, y + 4, "v" + version.number() + (version.label().isEmpty() ? "" : " " + version.label()),
                    "start");
            List<String> untimed = new ArrayList<>(version.copyIds());
            for (TimedCopy t : v.timeline()) {
                if (t.version() != version.number()) {
                    continue;
                }
                untimed.remove(t.copyId());
                double x = first.equals(last) ? (LEFT + axisEnd) / 2.0 : LEFT + (axisEnd - LEFT)
                        * (double) (t.stamp().time().toEpochMilli() - first.toEpochMilli())
                        / (last.toEpochMilli() - first.toEpochMilli());
                svg.appendElement("circle").attr("cx", fmt(x)).attr("cy", Integer.toString(y)).attr("r", "5")
                        .attr("fill", t.stamp().basis() == Basis.PUBLISHED ? "#1d1d1f" : "#fff")
                        .attr("stroke", "#1d1d1f").attr("stroke-width", "1.5")
                        .appendElement("title").text(t.copyId() + ": " + t.stamp().basis().word() + " "
                                + TIME.format(t.stamp().time()) + " UTC");
                label(svg, (int) Math.round(x), y - 9, t.copyId(), "middle");
            }
            untimed.removeIf(id -> !v.unordered().contains(id));
            for (int k = 0; k < untimed.size(); k++) {
                int x = axisEnd + 32 + (k % 6) * 16;
                svg.appendElement("rect").attr("x", Integer.toString(x - 5)).attr("y", Integer.toString(y - 5))
                        .attr("width", "10").attr("height", "10").attr("fill", "#fff").attr("stroke", "#1d1d1f");
                label(svg, x, y - 9, untimed.get(k), "middle");
            }
        }
        label(svg, 4, height - 4, "● published   ○ fetched (published then or earlier)   □ no time", "start");
    }

    private static void line(Element svg, double x1, double y1, double x2, double y2, boolean dashed) {
        Element l = svg.appendElement("line").attr("x1", fmt(x1)).attr("y1", fmt(y1)).attr("x2", fmt(x2))
                .attr("y2", fmt(y2)).attr("stroke", dashed ? "#9a9a9a" : "#c6c9ce").attr("stroke-width", "1");
        if (dashed) {
            l.attr("stroke-dasharray", "4 3");
        }
    }

    private static void label(Element svg, int x, int y, String text, String anchor) {
        svg.appendElement("text").attr("x", Integer.toString(x)).attr("y", Integer.toString(y))
                .attr("font-size", "11").attr("text-anchor", anchor).attr("fill", "#1d1d1f").text(text);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
