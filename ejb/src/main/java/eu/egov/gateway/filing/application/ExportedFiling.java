package eu.egov.gateway.filing.application;

import java.time.Instant;

/**
 * A line of an authority's export of its filings: who filed what, when, and how it was decided; for a filing an
 * intermediary made for the firm, which intermediary under which mandate (both null for the firm's own).
 */
public record ExportedFiling(String reference, String formCode, int formVersion, String firm, String firmCountry,
                             String firmRegistration, String status, Instant submittedAt, Instant decidedAt,
                             String outcome, String intermediary, String mandate) {
}
