package eu.egov.gateway.filing.domain;

public enum FilingStatus {
    /** Being prepared by the firm; only drafts can change. */
    DRAFT,
    /** Sealed and time-stamped, with a fee to pay before the authority takes it up. */
    AWAITING_PAYMENT,
    /** Sealed and time-stamped; waiting in the authority's queue. */
    SUBMITTED,
    /** A clerk has claimed the case. */
    IN_REVIEW,
    /** The clerk asked the firm for what is missing; the legal clock stands still until the firm completes it. */
    TO_COMPLETE,
    /** Closed: the firm did not complete it in time. */
    WITHDRAWN,
    APPROVED,
    REJECTED
}
