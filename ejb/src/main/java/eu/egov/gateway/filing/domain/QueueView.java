package eu.egov.gateway.filing.domain;

/** The ways a clerk looks at the authority's open cases. */
public enum QueueView {
    /** What the clerk may take up: cases nobody has claimed, and the clerk's own. */
    WAITING,
    UNASSIGNED,
    MINE,
    /** Cases whose legal deadline falls within the next few days. */
    DUE_SOON,
    /** Cases whose legal deadline has passed without a decision. */
    OVERDUE
}
