package eu.egov.gateway.procurement.domain;

public enum BidStatus {
    /** The firm's bid that counts. */
    SUBMITTED,
    /** Superseded by a later bid of the same firm: the last one counts. */
    REPLACED,
    /** Taken back by the firm before the deadline. */
    WITHDRAWN
}
