package org.wirecheck.text;

/**
 * What a page or file says about its publication, where it says it: title, site (the outlet), author, and the
 * published and modified times as written (ISO 8601 where the source gives it). Each is {@code ""} when unknown.
 */
public record Metadata(String title, String siteName, String author, String published, String modified) {

    /** Nothing known. */
    public static final Metadata NONE = new Metadata("", "", "", "", "");

    public Metadata {
        title = clean(title);
        siteName = clean(siteName);
        author = clean(author);
        published = clean(published);
        modified = clean(modified);
    }

    /** Whether nothing is known. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** This metadata with the fields {@code other} knows and this one does not filled in. */
    public Metadata or(Metadata other) {
        return new Metadata(pick(title, other.title), pick(siteName, other.siteName), pick(author, other.author),
                pick(published, other.published), pick(modified, other.modified));
    }

    private static String pick(String mine, String theirs) {
        return mine.isEmpty() ? theirs : mine;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
