package org.wirecheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirecheck.text.Metadata;

/**
 * What an HTML page says about its publication, read from its markup only (never run): JSON-LD
 * {@code NewsArticle} (or {@code Article}, {@code ReportageNewsArticle}...), then Open Graph and {@code article:}
 * properties, then plain {@code <meta>} names and the {@code <title>}; the first source that gives a field wins.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    /** The page's metadata; {@link Metadata#NONE} when it has none. */
    static Metadata of(Document doc) {
        Metadata fromMeta = new Metadata(
                meta(doc, "og:title", "twitter:title", "title", "dc.title"),
                meta(doc, "og:site_name", "application-name", "publisher"),
                meta(doc, "author", "article:author", "dc.creator", "byl", "parsely-author"),
                meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "dc.date",
                        "date", "parsely-pub-date"),
                meta(doc, "article:modified_time", "og:updated_time", "dateModified", "last-modified"));
        Metadata page = fromMeta.or(new Metadata(doc.title(), "", "", timeAttribute(doc), ""));
        return jsonLd(doc).or(page);
    }

    private static String meta(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[content]")) {
                String key = !m.attr("property").isEmpty() ? m.attr("property")
                        : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                    return m.attr("content");
                }
            }
        }
        return "";
    }

    private static String timeAttribute(Document doc) {
        Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime]");
        return time == null ? "" : time.attr("datetime");
    }

    /** The first JSON-LD object whose type ends in "Article" (top level, in a list or in an {@code @graph}). */
    private static Metadata jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException e) {
                continue; // broken JSON-LD is common; the other sources remain
            }
            for (JsonNode n : candidates(root)) {
                if (isArticle(n.get("@type"))) {
                    return new Metadata(text(n.get("headline")), name(n.get("publisher")), name(n.get("author")),
                            text(n.get("datePublished")), text(n.get("dateModified")));
                }
            }
        }
        return Metadata.NONE;
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            root.forEach(out::add);
        } else {
            out.add(root);
            root.path("@graph").forEach(out::add);
        }
        return out;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().toLowerCase(Locale.ROOT).endsWith("article");
    }

    /** A person's or organisation's name: a string, an object with "name", or a list of either (joined). */
    private static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            n.forEach(x -> {
                String s = name(x);
                if (!s.isEmpty()) {
                    names.add(s);
                }
            });
            return String.join(", ", names);
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String text(JsonNode n) {
        return n == null || !n.isValueNode() ? "" : n.asText();
    }
}
