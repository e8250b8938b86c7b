package eu.egov.gateway.filing.application;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.CaseEvent;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.IssuedDocument;
import eu.egov.gateway.filing.domain.Submission;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.Download;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * What the gateway issued for a filing, for those who may see it: the receipt and decision PDFs,
 * and the proof behind the receipt (canonical form, seal, time-stamp) for checking with any tool.
 */
@Stateless
public class FilingRecords {

    @Inject
    private FilingRepository filings;

    @Inject
    private FilingAccess access;

    @Inject
    private AuditLog audit;

    /**
     * The receipt or the decision. The first time someone of the firm opens its decision, the case's history
     * records it: the authority then knows the firm has it.
     */
    public Download document(Caller caller, String filingId, IssuedDocument.Kind kind) {
        Filing filing = access.visible(caller, filingId);
        IssuedDocument document = filings.document(filing.id(), kind).orElseThrow(Rejection::notFound);
        if (kind == IssuedDocument.Kind.DECISION && caller.organisationId().equals(filing.organisationId())
                && filings.history(filing.id(), false).stream().noneMatch(e -> e.kind() == CaseEvent.Kind.DECISION_OPENED)) {
            filings.add(new CaseEvent(filing, CaseEvent.Kind.DECISION_OPENED, caller.userId(), null, null, Instant.now()));
            audit.record(caller.username(), "decision.opened", filing.id(), filing.reference());
        }
        String name = (kind == IssuedDocument.Kind.RECEIPT ? "receipt-" : "decision-") + filing.reference() + ".pdf";
        return bytes(name, "application/pdf", document.pdf());
    }

    public Download canonicalForm(Caller caller, String filingId) {
        Submission submission = submission(caller, filingId);
        return bytes(submission.reference() + ".json", "application/json", submission.canonicalForm());
    }

    public Download seal(Caller caller, String filingId) {
        Submission submission = submission(caller, filingId);
        return bytes(submission.reference() + ".p7s", "application/pkcs7-signature", submission.seal());
    }

    public Download timeStamp(Caller caller, String filingId) {
        Submission submission = submission(caller, filingId);
        return bytes(submission.reference() + ".tst", "application/timestamp-token", submission.timeStampToken());
    }

    private Submission submission(Caller caller, String filingId) {
        return filings.submission(access.visible(caller, filingId).id()).orElseThrow(Rejection::notFound);
    }

    private static Download bytes(String name, String mediaType, byte[] content) {
        return new Download(name, mediaType, content.length, new ByteArrayInputStream(content));
    }
}
