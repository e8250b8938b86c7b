package eu.egov.gateway.procurement.domain;

public enum TenderStatus {
    /** Being prepared by the authority; nobody else sees it. */
    DRAFT,
    /** Public: firms read it, ask questions and bid until the submission deadline. */
    PUBLISHED,
    /** Its opening board has opened the bids. */
    OPENED
}
