package eu.egov.gateway.filing.application;

import java.util.List;

import eu.egov.gateway.shared.domain.FieldViolation;

/**
 * "Check my file": the violations block the submission (none: it can be submitted as it is); the
 * advisories do not, but say what the applicant may have overlooked. All worded in the caller's language.
 * The fee is what submitting it as it is would cost: null for a form without a fee, or while the data itself
 * (documents aside) has violations.
 */
public record FilingCheck(List<FieldViolation> violations, List<FieldViolation> advisories, FeeQuote fee) {
}
