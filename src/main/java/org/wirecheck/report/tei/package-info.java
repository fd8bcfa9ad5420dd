/**
 * The collation as TEI P5 parallel segmentation ({@link org.wirecheck.report.tei.TeiReport}), for the scholarly
 * collation tools.
 */
package org.wirecheck.report.tei;
