package org.wirecheck.report.html;

import static org.wirecheck.report.html.Html.add;
import static org.wirecheck.report.html.Html.append;
import static org.wirecheck.report.html.Html.text;

import org.jsoup.nodes.Element;
import org.wirecheck.compare.StoryVersions;
import org.wirecheck.compare.StoryVersions.Version;

/**
 * The versions of the story and what is known of their order: the earliest copy with the evidence, each version
 * with what sets it apart, its copies and its likely source, the timeline ({@link Timeline}) and the copies without
 * a time, said to be unordered.
 */
final class VersionsSection {

    private VersionsSection() {
    }

    static void build(StoryVersions v, Element main) {
        if (v.versions().isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").attr("id", "versions");
        section.appendElement("h2").text("Versions and provenance");
        text(section, "p", v.distinct() ? "The copies follow " + v.versions().size() + " versions of the story."
                : "No versions stand out: the copies are taken as one version of the story.");
        text(section, "p", v.earliest(), "earliest");
        Element list = add(section, "ol", "versions");
        for (Version version : v.versions()) {
            Element li = list.appendElement("li");
            text(li, "span", "Version " + version.number(), "vlabel");
            if (!version.label().isEmpty()) {
                append(li, ": ");
                text(li, "strong", version.label());
            }
            append(li, " \u00b7 copies " + String.join(", ", version.copyIds()));
            if (!version.apart().isEmpty()) {
                append(li, " \u00b7 set apart at " + String.join(", ", version.apart()));
            }
            Element source = li.appendElement("div");
            append(source, "Likely source: ");
            text(source, "strong", version.sourceId());
            append(source, " ");
            text(source, "span", "(" + version.evidence() + ")", "evidence");
        }
        Timeline.draw(v, section);
        if (!v.unordered().isEmpty()) {
            text(section, "p", "Unordered (no publication or fetch time): " + String.join(", ", v.unordered())
                    + ". Their place in time is not guessed.", "why");
        }
        if (!v.setAside().isEmpty()) {
            text(section, "p", "Not compared (another story): " + String.join(", ", v.setAside()) + ".", "why");
        }
    }
}
