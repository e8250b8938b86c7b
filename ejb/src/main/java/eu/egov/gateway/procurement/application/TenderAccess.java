package eu.egov.gateway.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Who may work on which tender: the procurement officers of its authority, and for the opening the
 * members of its board. Any other tender is "not found", so that its existence does not leak.
 */
@ApplicationScoped
class TenderAccess {

    @Inject
    private TenderRepository tenders;

    Tender own(Caller caller, String tenderId) {
        caller.require(Role.PROCUREMENT_OFFICER);
        return tenders.tender(tenderId)
                .filter(tender -> tender.authorityId().equals(caller.organisationId()))
                .orElseThrow(Rejection::notFound);
    }

    /** A tender of the member's authority on whose board the member sits. */
    Tender onBoard(Caller caller, String tenderId) {
        return tenders.tender(tenderId)
                .filter(tender -> tender.authorityId().equals(caller.organisationId()))
                .filter(tender -> tender.draft().boardMembers().contains(caller.username()))
                .orElseThrow(Rejection::notFound);
    }

    /** The opening and its report: for the authority's officers and the tender's board. */
    Tender officerOrBoard(Caller caller, String tenderId) {
        return caller.has(Role.PROCUREMENT_OFFICER) ? own(caller, tenderId) : onBoard(caller, tenderId);
    }
}
