package org.wirecheck.classify;

/** What the classifier says of a variant: its kind, severity, a one-line reason, and a rank score (higher first). */
public record Verdict(Kind kind, Severity severity, String why, double score) {
}
