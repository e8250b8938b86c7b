package eu.egov.gateway.filing.domain;

/**
 * Where a version of a form stands. Firms start filings on the published version only; a filing stays
 * bound to the version it started on, whatever happens to that version afterwards.
 */
public enum FormStatus {
    /** Being prepared by the authority: nobody files it yet. */
    DRAFT,
    /** The version firms file: at most one per form. */
    PUBLISHED,
    /** Superseded or withdrawn: no new filings, though filings begun on it go on. */
    RETIRED
}
