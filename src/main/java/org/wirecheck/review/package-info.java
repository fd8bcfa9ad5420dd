/**
 * The fact-checker's review of a comparison: a verdict and a note per discrepancy, keyed by the discrepancy's
 * {@link org.wirecheck.compare.Discrepancy#key() key} so that they survive recomputing; the review file
 * ({@code .wirecheck}, JSON) that keeps them with the copies' text; and the recovery journal that keeps every change
 * until it is saved. Plain Java, no JavaFX.
 */
package org.wirecheck.review;
