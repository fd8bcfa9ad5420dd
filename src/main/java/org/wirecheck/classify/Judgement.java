package org.wirecheck.classify;

/**
 * What the engine judges of a variant: its kind, severity, a one-line reason, and a rank score (higher first). The
 * fact-checker's own decision on a discrepancy is a {@code review.Verdict}.
 */
public record Judgement(Kind kind, Severity severity, String why, double score) {
}
