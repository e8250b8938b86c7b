package eu.egov.gateway.filing.application;

import java.time.Instant;

import eu.egov.gateway.filing.domain.Filing;

/**
 * A line of a clerk's queue: the case, who holds it, and where it stands against its legal deadline
 * ({@code ON_TIME}, {@code DUE_SOON} within three days, {@code OVERDUE}).
 */
public record CaseSummary(String reference, String filingId, String formTitle, String organisation,
                          Instant submittedAt, String status, boolean claimedByMe, boolean claimed, String assignee,
                          Instant decisionDue, String deadline) {

    static String deadline(Instant due, Instant now) {
        if (due == null) {
            return "ON_TIME";
        }
        if (due.isBefore(now)) {
            return "OVERDUE";
        }
        return due.isBefore(now.plus(Filing.DUE_SOON)) ? "DUE_SOON" : "ON_TIME";
    }
}
