package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.notification.application.Notifications;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.Corrigendum;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderDraft;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;
import eu.egov.gateway.workflow.application.TenderWorkflow;

/**
 * Changes to a published call for tenders, published as corrigenda: a new version with what changed.
 * Firms that already bid are told, and must confirm or replace their bids; a late change moves the deadline so
 * that six days remain. The opening board cannot change: the bids' key is already shared among it.
 */
@Stateless
public class Corrigenda {

    @Inject
    private TenderAccess access;

    @Inject
    private TenderChecks checks;

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderViews views;

    @Inject
    private TenderWorkflow workflow;

    @Inject
    private AuditLog audit;

    @Inject
    private Notifications notifications;

    public TenderView publish(Caller caller, String tenderId, JsonObject changed, JsonObject summary) {
        Tender tender = access.own(caller, tenderId);
        TenderDraft draft = checks.accepted(changed, tender.authorityId(), caller.language());
        TenderDraft before = tender.draft();
        if (!draft.boardMembers().equals(before.boardMembers()) || draft.threshold() != before.threshold()) {
            throw Rejection.invalid("openingBoard", SchemaCheck.wording("board.unchanged", caller.language()));
        }
        if (summary == null || summary.isEmpty()) {
            throw Rejection.invalid("summary", SchemaCheck.wording("corrigendum.summary", caller.language()));
        }
        Instant now = Instant.now();
        Instant previousDeadline = tender.submissionDeadline();
        tender.amend(draft, now);
        tenders.add(new Corrigendum(tender.id(), tender.corrigenda(), summary.toString(), previousDeadline,
                tender.submissionDeadline(), now));
        List<Bid> bids = tenders.currentBids(tender.id());
        bids.forEach(bid -> bid.corrigendumPublished());
        bids.stream().map(Bid::organisationId).distinct().forEach(firm ->
                notifications.notifyMembers(firm, Role.BIDDER, NoticeKind.CORRIGENDUM_PUBLISHED,
                        "/bid.html?ref=" + tender.reference(), tender.reference(), tender.draft().title(),
                        tender.corrigenda(), summary, tender.submissionDeadline()));
        if (!tender.submissionDeadline().equals(previousDeadline)) {
            workflow.deadlineMoved(tender.reference(), tender.submissionDeadline());
        }
        audit.record(caller.username(), "tender.corrigendum-published", tender.id(),
                tender.reference() + " #" + tender.corrigenda());
        return views.forAuthority(tender, caller.language());
    }
}
