package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * A filing as its applicant, or the clerk handling it, sees it: with the date by which the authority must
 * decide, and its history (submitted, decided) without the authority's internal steps.
 */
public record FilingView(String id, String form, int formVersion, String formTitle, String organisation,
                         String status, long version, JsonObject data, List<AttachmentView> attachments,
                         Instant createdAt, Instant updatedAt, SubmissionView submission, DecisionView decision,
                         Instant decisionDue, List<Step> history) {

    public record Step(String kind, Instant at) {
    }

    public record AttachmentView(String id, String slot, String label, String fileName, String mediaType, long size,
                                 String sha256) {
    }

    public record SubmissionView(String reference, Instant submittedAt, String sha256, String verificationCode) {
    }

    public record DecisionView(String outcome, String reason, Instant decidedAt) {
    }
}
