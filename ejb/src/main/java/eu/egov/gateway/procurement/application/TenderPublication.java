package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderDraft;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.procurement.domain.TenderSealing;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.ReferenceGenerator;
import eu.egov.gateway.trust.application.BidSealing;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.workflow.application.TenderWorkflow;

/**
 * Publishing makes a call for tenders public under its reference, creates the key its bids will be
 * sealed to (the private key split among the opening board, never stored) and starts its process,
 * which waits for the submission deadline. The rules are checked once more: a deadline may have
 * passed since the draft was saved.
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
    private TenderRepository tenders;

    @Inject
    private IdentityRepository identities;

    @Inject
    private BidSealing sealing;

    @Inject
    private AuditLog audit;

    public TenderView publish(Caller caller, String tenderId) {
        Tender tender = access.own(caller, tenderId);
        TenderDraft draft = checks.accepted(tender.draft().json(), tender.authorityId(), caller.language());
        tenders.add(new TenderSealing(tender.id(), sealing.createTenderKeys(board(draft), draft.threshold())));
        Instant now = Instant.now();
        tender.publish(references.next("TND", now), now);
        audit.record(caller.username(), "tender.published", tender.id(), tender.reference());
        workflow.start(tender.reference(), tender.authorityId(), tender.submissionDeadline());
        return views.forAuthority(tender, caller.language());
    }

    /** Every member's credential, by username; members who have not set their passphrase yet stop publication. */
    private Map<String, OpeningCredential> board(TenderDraft draft) {
        Map<String, OpeningCredential> board = new HashMap<>();
        List<String> notReady = new ArrayList<>();
        for (String member : draft.boardMembers()) {
            identities.userByUsername(member)
                    .flatMap(user -> tenders.credential(user.id()))
                    .ifPresentOrElse(credential -> board.put(member, credential.credential()), () -> notReady.add(member));
        }
        if (!notReady.isEmpty()) {
            throw new Rejection(ProblemType.BOARD_NOT_READY, String.join(", ", notReady));
        }
        return board;
    }
}
