package eu.egov.gateway.filing.application;

import java.time.Instant;

/** A line of a clerk's queue. */
public record CaseSummary(String reference, String filingId, String formTitle, String organisation,
                          Instant submittedAt, String status, boolean claimedByMe, boolean claimed) {
}
