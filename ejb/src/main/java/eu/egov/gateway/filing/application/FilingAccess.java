package eu.egov.gateway.filing.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.identity.application.Mandates;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Who may see which filing. A filing another firm owns, or a case of another authority, is "not
 * found" rather than "forbidden", so that the answer does not reveal that it exists. An intermediary sees the
 * filings it made for its clients, not the clients' others: a mandate to file is no licence to read the firm's
 * whole record. It keeps reading what it filed after its mandate ended, but changes nothing without one in force.
 */
@ApplicationScoped
class FilingAccess {

    @Inject
    private FilingRepository filings;

    @Inject
    private Mandates mandates;

    /**
     * A filing the caller's firm may work on, for its applicants: one of its own, or one it makes for a client
     * under a mandate that is in force now and covers the form.
     */
    Filing own(Caller caller, String filingId, boolean forUpdate) {
        Filing filing = ownToRead(caller, forUpdate ? filings.filingForUpdate(filingId) : filings.filing(filingId));
        if (madeBy(caller, filing)) {
            mandates.inForce(caller, filing.mandateReference(), filing.form().code());
        }
        return filing;
    }

    /** A filing of the caller's firm, or one it made for a client, whether or not its mandate still holds. */
    Filing ownToRead(Caller caller, String filingId) {
        return ownToRead(caller, filings.filing(filingId));
    }

    private static Filing ownToRead(Caller caller, Optional<Filing> found) {
        caller.require(Role.APPLICANT);
        return found.filter(filing -> filing.organisationId().equals(caller.organisationId()) || madeBy(caller, filing))
                .orElseThrow(Rejection::notFound);
    }

    private static boolean madeBy(Caller caller, Filing filing) {
        return filing.isRepresented() && filing.agentId().equals(caller.organisationId());
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
        boolean ownFirm = caller.has(Role.APPLICANT)
                && (filing.organisationId().equals(caller.organisationId()) || madeBy(caller, filing));
        boolean ownAuthority = caller.has(Role.CLERK) && !filing.isDraft()
                && filing.form().authorityId().equals(caller.organisationId());
        return ownFirm || ownAuthority;
    }
}
