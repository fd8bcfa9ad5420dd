package org.wirecheck.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirecheck.text.Metadata;

/**
 * Extracts the article text of an HTML page with jsoup. The page is only parsed from a string: no script runs and
 * nothing (images, frames, styles) is fetched.
 *
 * <p>First everything that is never article text is removed: scripts, styles, embedded objects, forms, navigation,
 * menus, asides, hidden elements and the page's own header and footer. Then the article is chosen: the largest
 * {@code <article>}, else the largest {@code <main>}, else the element holding the most paragraph text (as
 * readability does), else the body. Its text is rendered by {@link HtmlText}. The page title is not added.
 */
final class HtmlExtractor {

    /** Never article text, removed wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, iframe, frame, object,"
            + " embed, canvas, video, audio, button, input, select, textarea, [hidden], [aria-hidden=true],"
            + " [style~=(?i)display\\s*:\\s*none]";

    /** Page furniture, removed unless it wraps the article itself. */
    private static final String FURNITURE = "nav, aside, form, menu, [role=navigation], [role=menu],"
            + " [role=menubar], [role=complementary], [role=search]";

    /** Header and footer count as furniture only at page level, not inside an article. */
    private static final String PAGE_HEADER_FOOTER = "header, footer, [role=banner], [role=contentinfo]";

    private static final String ARTICLE = "article, [role=article]";
    private static final String MAIN = "main, [role=main]";

    /** Class or id tokens naming menus and side bars. */
    private static final Set<String> MENU_NAMES =
            Set.of("menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "sidebar", "skip-link");

    /** Paragraphs shorter than this (in characters) do not vote for their container. */
    private static final int MIN_PARAGRAPH = 25;

    private HtmlExtractor() {
    }

    /**
     * @param html the decoded page
     * @return the article text: one paragraph per block element, paragraphs separated by a blank line
     * @throws LoadException if the page has no article text
     */
    static String extract(String html) throws LoadException {
        return extract(Jsoup.parse(html, ""));
    }

    /** The article text and what the page says of its publication ({@link HtmlMetadata}). */
    static Extracted page(String html) throws LoadException {
        Document doc = Jsoup.parse(html, "");
        Metadata metadata = HtmlMetadata.of(doc); // before the scripts (JSON-LD) are removed
        return new Extracted(extract(doc), List.of(), metadata, Format.HTML.mediaType());
    }

    private static String extract(Document doc) throws LoadException {
        Element body = doc.body();
        removeNonText(body);
        String text = HtmlText.render(chooseArticle(body));
        if (Decoder.isBlank(text)) {
            throw new LoadException("HTML page has no article text");
        }
        return text;
    }

    private static void removeNonText(Element body) {
        body.select(NEVER_TEXT).remove();
        int pageParagraphText = paragraphText(body);
        for (Element e : body.select(FURNITURE)) {
            removeUnlessWrapper(e, pageParagraphText);
        }
        for (Element e : body.select(PAGE_HEADER_FOOTER)) {
            Element parent = e.parent();
            if (parent == null || parent.closest(ARTICLE + ", " + MAIN) == null) {
                removeUnlessWrapper(e, pageParagraphText);
            }
        }
        for (Element e : body.getAllElements()) {
            if (e != body && namesMenu(e)) {
                removeUnlessWrapper(e, pageParagraphText);
            }
        }
    }

    /**
     * Removes an element unless it wraps the content (some sites put the whole page in a form): an element holding an
     * article, a main element or most of the page's paragraph text stays.
     */
    private static void removeUnlessWrapper(Element e, int pageParagraphText) {
        if (e.parent() == null) {
            return; // already removed with an ancestor
        }
        boolean wrapsArticle = !e.select(ARTICLE + ", " + MAIN).isEmpty();
        boolean wrapsText = pageParagraphText > 0 && paragraphText(e) * 2 > pageParagraphText;
        if (!wrapsArticle && !wrapsText) {
            e.remove();
        }
    }

    private static boolean namesMenu(Element e) {
        if (MENU_NAMES.contains(e.id().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String c : e.classNames()) {
            if (MENU_NAMES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** The largest article, else the largest main element, else the best paragraph container, else the body. */
    static Element chooseArticle(Element body) {
        Element article = largest(body, ARTICLE);
        if (article != null) {
            return article;
        }
        Element main = largest(body, MAIN);
        if (main != null) {
            return main;
        }
        Element container = bestParagraphContainer(body);
        return container != null ? container : body;
    }

    private static Element largest(Element root, String query) {
        return root.select(query).stream()
                .filter(e -> !e.text().isBlank())
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(null);
    }

    /** Each paragraph scores its length for its parent and half of it for its grandparent; the top score wins. */
    private static Element bestParagraphContainer(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null && parent != body) {
                    scores.merge(grandparent, length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
