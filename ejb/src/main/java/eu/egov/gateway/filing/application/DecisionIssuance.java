package eu.egov.gateway.filing.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Submission;
import eu.egov.gateway.notification.application.Webhooks;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.notification.domain.WebhookEvent;
import eu.egov.gateway.workflow.application.CaseDecisions;

/** Issues the signed decision when the filing process reaches that step, and tells the firm's applicants. */
@Stateless
public class DecisionIssuance implements CaseDecisions {

    @Inject
    private FilingRepository filings;

    @Inject
    private SignedDocuments documents;

    @Inject
    private ApplicantNotices applicants;

    @Inject
    private Webhooks webhooks;

    @Override
    public void issueDecision(String reference) {
        Filing filing = filings.filingByReference(reference)
                .orElseThrow(() -> new IllegalStateException("the process names an unknown filing " + reference));
        Submission submission = filings.submission(filing.id()).orElseThrow();
        documents.issueDecision(filing, submission);
        applicants.tell(filing, "/filing.html?id=" + filing.id(), NoticeKind.DECISION_ISSUED,
                filing.reference(), filing.form().definition().titles());
        webhooks.publish(filing.form().authorityId(), WebhookEvent.FILING_DECIDED, FilingEvents.of(filing));
    }
}
