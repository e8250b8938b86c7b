package eu.egov.gateway.filing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.CaseEvent;
import eu.egov.gateway.filing.domain.Completion;
import eu.egov.gateway.filing.domain.Fee;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Submission;
import eu.egov.gateway.filing.infrastructure.CanonicalForm;
import eu.egov.gateway.filing.infrastructure.FormDataValidator;
import eu.egov.gateway.shared.infrastructure.ReferenceGenerator;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.notification.application.Webhooks;
import eu.egov.gateway.notification.domain.WebhookEvent;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.trust.application.SealService;
import eu.egov.gateway.trust.domain.SubmissionProof;
import eu.egov.gateway.workflow.application.FilingWorkflow;

/**
 * Submission, in one transaction: reference, canonical form, seal, time-stamp, audit event,
 * process instance and receipt all commit together, or none of them does.
 */
@Stateless
public class FilingSubmission {

    @Inject
    private FilingRepository filings;

    @Inject
    private FilingAccess access;

    @Inject
    private FilingViews views;

    @Inject
    private FormDataValidator validator;

    @Inject
    private ReferenceGenerator references;

    @Inject
    private SealService seal;

    @Inject
    private AuditLog audit;

    @Inject
    private FilingWorkflow workflow;

    @Inject
    private SignedDocuments documents;

    @Inject
    private Webhooks webhooks;

    @Inject
    private FeeAssessment feeAssessment;

    /** A dry run of the submission: what would stop it, what the applicant should read first, and the fee. */
    public FilingCheck check(Caller caller, String filingId) {
        Filing filing = access.own(caller, filingId, false);
        List<FieldViolation> violations = violations(filing, caller);
        // the decision table reads valid data only; a missing document changes no fee
        boolean dataValid = violations.stream().allMatch(violation -> violation.pointer().startsWith("/attachments/"));
        FeeQuote fee = dataValid ? fee(filing).map(amount -> new FeeQuote(amount, Fee.EURO)).orElse(null) : null;
        return new FilingCheck(violations,
                validator.advisories(filing.form(), FilingViews.json(filing.data()), caller.language()), fee);
    }

    public FilingView submit(Caller caller, String filingId) {
        // locked, so that two submissions of one draft are one submission and one 409
        Filing filing = access.own(caller, filingId, true);
        if (!filing.isDraft()) {
            throw new Rejection(ProblemType.FILING_ALREADY_SUBMITTED, filing.reference());
        }
        requireValid(filing, caller);
        // the decision table before the seal: a filing it cannot price is refused before any proof is made
        Optional<BigDecimal> fee = fee(filing);

        String reference = references.next("FIL", Instant.now());
        byte[] canonical = CanonicalForm.of(filing, reference, caller.userId());
        SubmissionProof proof = seal.seal(canonical);
        filing.submit(reference, proof.time(), caller.userId(), caller.language(), fee.isPresent());
        Submission submission = new Submission(filing.id(), reference, canonical, proof.sha256Hex(), proof.seal(),
                proof.timeStampToken(), proof.time());
        filings.add(submission);
        if (fee.isPresent()) {
            filings.add(new Fee(filing, fee.get(), proof.time()));
            workflow.startAwaitingFee(reference, filing.form().authorityId(), filing.form().definition().tacitApproval());
        } else {
            workflow.start(reference, filing.form().authorityId(), filing.decisionDue(), filing.dueSoonFrom(),
                    filing.form().definition().tacitApproval());
        }
        filings.add(new CaseEvent(filing, CaseEvent.Kind.SUBMITTED, caller.userId(), null, null, proof.time()));
        documents.issueReceipt(filing, submission, caller.displayName());
        webhooks.publish(filing.form().authorityId(), WebhookEvent.FILING_SUBMITTED, FilingEvents.of(filing));
        // last: appending locks the audit chain until the commit, and every submission waits for that lock
        audit.record(caller.username(), "filing.submitted", filing.id(), reference + " " + proof.sha256Hex());
        return views.of(filing, caller.language());
    }

    /**
     * The firm sends its filing completed as the authority asked, in time: checked like a submission, sealed
     * and time-stamped, and back with the clerk, the legal deadline moved by the time the filing waited.
     */
    public FilingView complete(Caller caller, String filingId) {
        Filing filing = access.own(caller, filingId, true);
        requireValid(filing, caller);
        filing.complete(Instant.now());
        byte[] canonical = CanonicalForm.of(filing, filing.reference(), caller.userId());
        SubmissionProof proof = seal.seal(canonical);
        filings.add(new Completion(filing, canonical, proof.sha256Hex(), proof.seal(), proof.timeStampToken(), proof.time()));
        filings.add(new CaseEvent(filing, CaseEvent.Kind.COMPLETED, caller.userId(), null, null, proof.time()));
        workflow.completed(filing.reference(), filing.form().authorityId(), filing.assignee(), filing.decisionDue(),
                filing.dueSoonFrom());
        audit.record(caller.username(), "filing.completed", filing.id(), filing.reference() + " " + proof.sha256Hex());
        return views.of(filing, caller.language());
    }

    /** Submission and completion alike refuse data and documents the form would not accept. */
    private void requireValid(Filing filing, Caller caller) {
        List<FieldViolation> violations = violations(filing, caller);
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
    }

    /** The fee the form's decision table asks for the filing's data as it stands (sealed, once submitted). */
    private Optional<BigDecimal> fee(Filing filing) {
        return feeAssessment.fee(filing.form().definition(), FilingViews.json(filing.data()));
    }

    private List<FieldViolation> violations(Filing filing, Caller caller) {
        return validator.violations(filing.form(), FilingViews.json(filing.data()), filing.attachments(),
                caller.language());
    }
}
