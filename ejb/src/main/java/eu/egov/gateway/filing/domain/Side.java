package eu.egov.gateway.filing.domain;

/** The two sides of a filing's correspondence: the firm that filed it, and the authority that handles it. */
public enum Side {
    FIRM, AUTHORITY
}
