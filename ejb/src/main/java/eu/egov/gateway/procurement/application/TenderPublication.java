package eu.egov.gateway.procurement.application;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.shared.infrastructure.ReferenceGenerator;
import eu.egov.gateway.workflow.application.TenderWorkflow;

/**
 * Publishing makes a call for tenders public under its reference and starts its process, which
 * waits for the submission deadline. The rules are checked once more: a deadline may have passed
 * since the draft was saved.
 */
@Stateless
public class TenderPublication {

    @Inject
    private TenderAccess access;

    @Inject
    private TenderChecks checks;

    @Inject
    private TenderViews views;

    @Inject
    private ReferenceGenerator references;

    @Inject
    private TenderWorkflow workflow;

    @Inject
    private AuditLog audit;

    public TenderView publish(Caller caller, String tenderId) {
        Tender tender = access.own(caller, tenderId);
        checks.accepted(tender.draft().json(), tender.authorityId(), caller.language());
        Instant now = Instant.now();
        tender.publish(references.next("TND", now), now);
        audit.record(caller.username(), "tender.published", tender.id(), tender.reference());
        workflow.start(tender.reference(), tender.authorityId(), tender.submissionDeadline());
        return views.forAuthority(tender, caller.language());
    }
}
