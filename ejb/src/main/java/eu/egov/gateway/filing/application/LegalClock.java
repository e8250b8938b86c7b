package eu.egov.gateway.filing.application;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.CaseEvent;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Submission;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.notification.application.Notifications;
import eu.egov.gateway.notification.application.Webhooks;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.notification.domain.WebhookEvent;
import eu.egov.gateway.workflow.application.CaseDeadlines;

/**
 * What the legal deadline of a case brings, when the filing process's timers fire: the authority's
 * clerks are warned before it and once it has passed; where the form's law makes silence an approval,
 * the filing is approved and the firm receives the signed certificate. A filing the firm did not
 * complete by the completion deadline closes as withdrawn.
 */
@Stateless
public class LegalClock implements CaseDeadlines {

    private static final String SYSTEM = "gateway";

    @Inject
    private FilingRepository filings;

    @Inject
    private SignedDocuments documents;

    @Inject
    private Notifications notifications;

    @Inject
    private ApplicantNotices applicants;

    @Inject
    private AuditLog audit;

    @Inject
    private Webhooks webhooks;

    @Override
    public void dueSoon(String reference) {
        warn(reference, CaseEvent.Kind.DUE_SOON, NoticeKind.CASE_DUE_SOON);
    }

    @Override
    public void overdue(String reference) {
        warn(reference, CaseEvent.Kind.OVERDUE, NoticeKind.CASE_OVERDUE);
    }

    @Override
    public void approveTacitly(String reference) {
        Filing filing = filing(reference);
        Instant now = Instant.now();
        filing.approveTacitly(now);
        Submission submission = filings.submission(filing.id()).orElseThrow();
        documents.issueDecision(filing, submission);
        filings.add(new CaseEvent(filing, CaseEvent.Kind.TACITLY_APPROVED, null, null, null, now));
        applicants.tell(filing, "/filing.html?id=" + filing.id(), NoticeKind.TACITLY_APPROVED,
                reference, filing.form().definition().titles(),
                filing.decisionDue());
        webhooks.publish(filing.form().authorityId(), WebhookEvent.FILING_DECIDED, FilingEvents.of(filing));
        // last: the audit chain's head stays locked until the commit
        audit.record(SYSTEM, "case.tacitly-approved", filing.id(), reference);
    }

    @Override
    public void closeUncompleted(String reference) {
        Filing filing = filing(reference);
        Instant now = Instant.now();
        filing.withdrawUncompleted(now);
        filings.add(new CaseEvent(filing, CaseEvent.Kind.WITHDRAWN, null, null, null, now));
        applicants.tell(filing, "/filing.html?id=" + filing.id(), NoticeKind.CASE_WITHDRAWN,
                reference, filing.form().definition().titles(),
                filing.completionDue());
        audit.record(SYSTEM, "case.withdrawn", filing.id(), reference);
    }

    private void warn(String reference, CaseEvent.Kind kind, NoticeKind notice) {
        Filing filing = filing(reference);
        if (!filing.isOpen()) {
            return;
        }
        filings.add(new CaseEvent(filing, kind, null, null, null, Instant.now()));
        notifications.notifyMembers(filing.form().authorityId(), Role.CLERK, notice, "/case.html?ref=" + reference,
                reference, filing.form().definition().titles(), filing.decisionDue());
    }

    private Filing filing(String reference) {
        return filings.filingByReference(reference)
                .orElseThrow(() -> new IllegalStateException("the process names an unknown filing " + reference));
    }
}
