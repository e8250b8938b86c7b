package eu.egov.gateway.filing.application;

import java.time.Instant;

/** A line of an authority's export of its filings: who filed what, when, and how it was decided. */
public record ExportedFiling(String reference, String formCode, int formVersion, String firm, String firmCountry,
                             String firmRegistration, String status, Instant submittedAt, Instant decidedAt,
                             String outcome) {
}
