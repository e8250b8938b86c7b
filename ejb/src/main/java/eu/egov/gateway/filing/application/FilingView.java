package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * A filing as its applicant, or the clerk handling it, sees it: with the date by which the authority must
 * decide, its history (submitted, decided) without the authority's internal steps, and what the authority
 * asked the firm to complete; who of the firm (or of its intermediary) started it and changed it last.
 */
public record FilingView(String id, String form, int formVersion, String formTitle, String organisation,
                         String status, long version, JsonObject data, List<AttachmentView> attachments,
                         Instant createdAt, Instant updatedAt, SubmissionView submission, DecisionView decision,
                         Instant decisionDue, List<Step> history, CompletionView completion, Person startedBy,
                         Person changedBy, OnBehalfView onBehalf) {

    /** Someone who worked on the filing, and the firm they did it for: the applicant's own, or an intermediary. */
    public record Person(String name, String organisation) {
    }

    /** The intermediary that files for the firm, and the mandate it does so under; absent for the firm's own filings. */
    public record OnBehalfView(String agent, String mandate, Instant mandateValidUntil) {
    }

    public record Step(String kind, Instant at) {
    }

    /** What the authority asks the firm to complete, and by when; present while it waits for the firm. */
    public record CompletionView(String missing, Instant due) {
    }

    public record AttachmentView(String id, String slot, String label, String fileName, String mediaType, long size,
                                 String sha256) {
    }

    public record SubmissionView(String reference, Instant submittedAt, String sha256, String verificationCode) {
    }

    public record DecisionView(String outcome, String reason, Instant decidedAt) {
    }
}
