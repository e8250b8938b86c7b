package eu.egov.gateway.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Rejection;

/** Who may work on which tender: the procurement officers of its authority. Another's is "not found". */
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
}
