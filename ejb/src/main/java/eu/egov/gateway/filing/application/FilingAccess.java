package eu.egov.gateway.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Who may see which filing. A filing another firm owns, or a case of another authority, is "not
 * found" rather than "forbidden", so that the answer does not reveal that it exists.
 */
@ApplicationScoped
class FilingAccess {

    @Inject
    private FilingRepository filings;

    /** A filing of the caller's firm, for its applicants. */
    Filing own(Caller caller, String filingId, boolean forUpdate) {
        caller.require(Role.APPLICANT);
        return (forUpdate ? filings.filingForUpdate(filingId) : filings.filing(filingId))
                .filter(filing -> filing.organisationId().equals(caller.organisationId()))
                .orElseThrow(Rejection::notFound);
    }

    /** A filing the caller may read: one of its firm's, or a submitted case of its authority. */
    Filing visible(Caller caller, String filingId) {
        return filings.filing(filingId)
                .filter(filing -> mayRead(caller, filing))
                .orElseThrow(Rejection::notFound);
    }

    /** A submitted case of the clerk's authority. */
    Filing caseOf(Caller caller, String reference) {
        caller.require(Role.CLERK);
        return filings.filingByReference(reference)
                .filter(filing -> filing.form().authorityId().equals(caller.organisationId()))
                .orElseThrow(Rejection::notFound);
    }

    private static boolean mayRead(Caller caller, Filing filing) {
        boolean ownFirm = caller.has(Role.APPLICANT) && filing.organisationId().equals(caller.organisationId());
        boolean ownAuthority = caller.has(Role.CLERK) && !filing.isDraft()
                && filing.form().authorityId().equals(caller.organisationId());
        return ownFirm || ownAuthority;
    }
}
