package eu.egov.gateway.identity.domain;

public enum OrganisationKind {
    /** A firm: files forms and bids on tenders. */
    ECONOMIC_OPERATOR,
    /** A public authority: processes filings and runs tenders. */
    AUTHORITY
}
