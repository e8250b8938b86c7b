package eu.egov.gateway.filing.domain;

public enum FilingStatus {
    /** Being prepared by the firm; only drafts can change. */
    DRAFT,
    /** Sealed and time-stamped; waiting in the authority's queue. */
    SUBMITTED,
    /** A clerk has claimed the case. */
    IN_REVIEW,
    APPROVED,
    REJECTED
}
