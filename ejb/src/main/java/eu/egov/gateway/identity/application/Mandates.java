package eu.egov.gateway.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Mandate;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.OrganisationKind;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.ReferenceGenerator;

/**
 * Mandates: a firm's applicants let an intermediary file for the firm, and may end that early; both firms list
 * them. Filing under a mandate asks {@link #inForce} on every change, so that an ended one stops it at once.
 */
@Stateless
public class Mandates {

    @Inject
    private IdentityRepository identities;

    @Inject
    private ReferenceGenerator references;

    @Inject
    private AuditLog audit;

    /**
     * Grants a mandate to the firm registered under {@code agentRegistration} in {@code agentCountry}, for the
     * named forms ({@code formCodes}, already known to the caller to exist) or every form when none is named.
     */
    public MandateView grant(Caller caller, String agentCountry, String agentRegistration, List<String> formCodes,
                             Instant validFrom, Instant validUntil) {
        caller.require(Role.APPLICANT);
        Organisation agent = identities.organisationByRegistration(agentCountry.strip().toUpperCase(Locale.ROOT),
                        agentRegistration.strip())
                .filter(firm -> firm.kind() == OrganisationKind.ECONOMIC_OPERATOR)
                .filter(firm -> !firm.id().equals(caller.organisationId()))
                .orElseThrow(() -> new Rejection(ProblemType.UNKNOWN_INTERMEDIARY, agentCountry, agentRegistration));
        Instant now = Instant.now();
        Instant from = validFrom == null ? now : validFrom;
        if (!validUntil.isAfter(from) || !validUntil.isAfter(now)) {
            throw new Rejection(ProblemType.MANDATE_PERIOD_INVALID);
        }
        Mandate mandate = new Mandate(references.next("MND", now), caller.organisationId(), agent.id(),
                formCodes.stream().distinct().sorted().toList(), from, validUntil, caller.userId(), now);
        identities.add(mandate);
        audit.record(caller.username(), "mandate.granted", mandate.reference(),
                agent.country() + " " + agent.registrationNumber() + " " + mandate.formCodes() + " " + from + "/" + validUntil);
        return view(mandate, now);
    }

    /** The principal ends its mandate now; filings already submitted under it stay as they are. */
    public MandateView revoke(Caller caller, String reference) {
        caller.require(Role.APPLICANT);
        Mandate mandate = mandate(reference, m -> m.principalId().equals(caller.organisationId()));
        Instant now = Instant.now();
        mandate.revoke(caller.userId(), now);
        audit.record(caller.username(), "mandate.revoked", mandate.reference(), now.toString());
        return view(mandate, now);
    }

    public MandateView.Both list(Caller caller) {
        caller.require(Role.APPLICANT);
        Instant now = Instant.now();
        List<Mandate> all = identities.mandatesOf(caller.organisationId());
        return new MandateView.Both(
                all.stream().filter(m -> m.principalId().equals(caller.organisationId())).map(m -> view(m, now)).toList(),
                all.stream().filter(m -> m.agentId().equals(caller.organisationId())).map(m -> view(m, now)).toList());
    }

    /**
     * The caller's firm's mandate, in force now and covering the form: or the refusal that says why not. Another
     * intermediary's mandate is "not found", as if it did not exist.
     */
    public Mandate inForce(Caller caller, String reference, String formCode) {
        caller.require(Role.APPLICANT);
        Mandate mandate = mandate(reference, m -> m.agentId().equals(caller.organisationId()));
        mandate.requireCovers(formCode, Instant.now());
        return mandate;
    }

    private Mandate mandate(String reference, Predicate<Mandate> mayUse) {
        return identities.mandateForUpdate(reference).filter(mayUse)
                .orElseThrow(() -> new Rejection(ProblemType.MANDATE_NOT_FOUND, reference));
    }

    private MandateView view(Mandate mandate, Instant now) {
        return new MandateView(mandate.reference(), party(mandate.principalId()), party(mandate.agentId()),
                mandate.formCodes(), mandate.validFrom(), mandate.validUntil(), mandate.revokedAt(), mandate.state(now).name(),
                identities.user(mandate.grantedBy()).map(UserAccount::displayName).orElse(""));
    }

    private MandateView.Party party(String organisationId) {
        Organisation firm = identities.organisation(organisationId)
                .orElseThrow(() -> new IllegalStateException("no organisation " + organisationId));
        return new MandateView.Party(firm.id(), firm.name(), firm.country(), firm.registrationNumber());
    }
}
