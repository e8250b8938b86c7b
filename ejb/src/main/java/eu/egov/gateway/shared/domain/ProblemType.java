package eu.egov.gateway.shared.domain;

/**
 * Every way the gateway can refuse a request. The slug is the stable part of the RFC 9457
 * problem type that clients may program against; titles and details are localised by the web layer.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request"),
    /** Its argument is the longest key the gateway keeps. */
    IDEMPOTENCY_KEY_INVALID(400, "idempotency-key-invalid"),
    VALIDATION_FAILED(422, "validation-failed"),
    AUTHENTICATION_REQUIRED(401, "authentication-required"),
    INVALID_CREDENTIALS(401, "invalid-credentials"),
    TOO_MANY_SIGN_IN_ATTEMPTS(429, "too-many-sign-in-attempts"),
    CSRF_TOKEN_INVALID(403, "csrf-token-invalid"),
    ROLE_REQUIRED(403, "role-required"),
    NOT_FOUND(404, "not-found"),
    UNKNOWN_FORM(422, "unknown-form"),
    FORM_VERSION_EXISTS(409, "form-version-exists"),
    FORM_NOT_DRAFT(409, "form-not-draft"),
    FORM_RETIRED(409, "form-retired"),
    FILING_ALREADY_SUBMITTED(409, "filing-already-submitted"),
    FILING_NOT_SUBMITTED(409, "filing-not-submitted"),
    CASE_NOT_OPEN(409, "case-not-open"),
    CASE_CLAIMED_BY_ANOTHER(409, "case-claimed-by-another"),
    CASE_NOT_CLAIMED(409, "case-not-claimed"),
    NO_COMPLETION_REQUESTED(409, "no-completion-requested"),
    COMPLETION_CLOSED(409, "completion-closed"),
    TENDER_ALREADY_PUBLISHED(409, "tender-already-published"),
    QUESTIONS_CLOSED(409, "questions-closed"),
    SUBMISSION_CLOSED(409, "submission-closed"),
    OPENING_NOT_ALLOWED(409, "opening-not-allowed"),
    WRONG_PASSPHRASE(422, "wrong-passphrase"),
    NO_BID(404, "no-bid"),
    BOARD_NOT_READY(409, "board-not-ready"),
    OPENING_CREDENTIAL_EXISTS(409, "opening-credential-exists"),
    QUESTION_ALREADY_ANSWERED(409, "question-already-answered"),
    EDIT_CONFLICT(412, "edit-conflict"),
    /** Its arguments are the country and registration number given for the intermediary. */
    UNKNOWN_INTERMEDIARY(422, "unknown-intermediary"),
    MANDATE_PERIOD_INVALID(422, "mandate-period-invalid"),
    /** Nonexistent, or not the caller's to use or end: the answer does not reveal which. */
    MANDATE_NOT_FOUND(404, "mandate-not-found"),
    /** Its arguments are the mandate's reference and when it ended (its validity's end, or its revocation). */
    MANDATE_ENDED(403, "mandate-ended"),
    MANDATE_NOT_YET_VALID(403, "mandate-not-yet-valid"),
    /** Its arguments are the mandate's reference and the form's code. */
    MANDATE_OUT_OF_SCOPE(403, "mandate-out-of-scope"),
    /** Its argument is the URL refused; the violation on /url says why. */
    WEBHOOK_URL_REFUSED(422, "webhook-url-refused"),
    /** Its argument is the limit in MiB, as people read sizes. */
    ATTACHMENT_TOO_LARGE(413, "attachment-too-large"),
    /** Its argument is the limit in MiB. */
    REQUEST_TOO_LARGE(413, "request-too-large"),
    ATTACHMENT_TYPE_NOT_ALLOWED(415, "attachment-type-not-allowed"),
    UNKNOWN_ATTACHMENT(422, "unknown-attachment"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    /** Its arguments are the line and column where the XML breaks off. */
    STATEMENT_MALFORMED(400, "statement-malformed"),
    /** A DOCTYPE could declare entities (external files, "billion laughs"): statements never need one. */
    STATEMENT_DOCTYPE_REFUSED(422, "statement-doctype-refused"),
    /** Its argument is the message found instead of a camt.053 statement (namespace and root element). */
    STATEMENT_UNSUPPORTED(422, "statement-unsupported"),
    /** Its argument is the limit in MiB. */
    STATEMENT_TOO_LARGE(413, "statement-too-large"),
    /** Its arguments are the statement's account and the authority's. */
    STATEMENT_OTHER_ACCOUNT(422, "statement-other-account"),
    /** Its arguments are the entry's number in the file and the element it lacks or has wrong. */
    STATEMENT_ENTRY_INVALID(422, "statement-entry-invalid"),
    /** Two imports of one statement at the same moment: the later one imports nothing and may simply be repeated. */
    STATEMENT_IMPORTED_MEANWHILE(409, "statement-imported-meanwhile"),
    PAYMENT_ALREADY_RESOLVED(409, "payment-already-resolved"),
    /** A payment already credited to a fee cannot be assigned to another. Its argument is the filing's reference. */
    PAYMENT_ALREADY_CREDITED(409, "payment-already-credited"),
    /** Its argument is the reference as given. */
    CREDITOR_REFERENCE_INVALID(422, "creditor-reference-invalid"),
    /** Its argument is the reference. */
    CREDITOR_REFERENCE_UNKNOWN(422, "creditor-reference-unknown"),
    /** Its arguments are the reference and the last day its fee could be paid. */
    CREDITOR_REFERENCE_EXPIRED(422, "creditor-reference-expired"),
    INTERNAL_ERROR(500, "internal-error");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }
}
