package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/** A contracting authority's procurement officers prepare calls for tenders. */
@Stateless
public class TenderDrafting {

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderAccess access;

    @Inject
    private TenderChecks checks;

    @Inject
    private TenderViews views;

    @Inject
    private AuditLog audit;

    public TenderView create(Caller caller, JsonObject draft) {
        caller.require(Role.PROCUREMENT_OFFICER);
        Tender tender = new Tender(caller.organisationId(), caller.userId(),
                checks.accepted(draft, caller.organisationId(), caller.language()), Instant.now());
        tenders.add(tender);
        audit.record(caller.username(), "tender.draft-created", tender.id(), "");
        tenders.flush();
        return views.forAuthority(tender, caller.language());
    }

    /** Replaces the draft; with the version the officer last saw, refuses to overwrite a newer save. */
    public TenderView replace(Caller caller, String tenderId, JsonObject draft, Long expectedVersion) {
        Tender tender = access.own(caller, tenderId);
        if (expectedVersion != null && expectedVersion != tender.version()) {
            throw new Rejection(ProblemType.EDIT_CONFLICT);
        }
        tender.replace(checks.accepted(draft, caller.organisationId(), caller.language()), Instant.now());
        audit.record(caller.username(), "tender.draft-changed", tender.id(), "");
        tenders.flush();
        return views.forAuthority(tender, caller.language());
    }

    public TenderView view(Caller caller, String tenderId) {
        return views.forAuthority(access.own(caller, tenderId), caller.language());
    }

    public List<TenderView> list(Caller caller, int offset, int limit) {
        caller.require(Role.PROCUREMENT_OFFICER);
        return tenders.tendersOf(caller.organisationId(), Page.offset(offset), Page.limit(limit))
                .stream().map(tender -> views.forAuthority(tender, caller.language())).toList();
    }
}
