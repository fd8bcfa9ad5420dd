package org.wirecheck.classify;

/** What kind of change a discrepancy is; the order is the order of importance used to break ties. */
public enum Kind {
    QUOTE, NAME, TITLE, PLACE, NUMBER, DATE, ATTRIBUTION, WORDING, OMISSION, ADDITION, STYLE, BOILERPLATE
}
