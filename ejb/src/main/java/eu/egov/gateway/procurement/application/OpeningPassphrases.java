package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.Arrays;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.MemberCredential;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;
import eu.egov.gateway.trust.application.OpeningCredentials;

/**
 * An opening board member sets the passphrase that will, with other members', open bids. It is
 * set once: the key shares of every tender published since are encrypted under it.
 */
@Stateless
public class OpeningPassphrases {

    static final int MIN_LENGTH = 12;

    @Inject
    private TenderRepository tenders;

    @Inject
    private OpeningCredentials credentials;

    @Inject
    private AuditLog audit;

    public void set(Caller caller, char[] passphrase) {
        caller.require(Role.OPENING_MEMBER);
        try {
            if (passphrase.length < MIN_LENGTH) {
                throw Rejection.invalid("passphrase", SchemaCheck.wording("passphrase.short", caller.language(), MIN_LENGTH));
            }
            if (tenders.credential(caller.userId()).isPresent()) {
                throw new Rejection(ProblemType.OPENING_CREDENTIAL_EXISTS);
            }
            tenders.add(new MemberCredential(caller.userId(), credentials.create(passphrase), Instant.now()));
            audit.record(caller.username(), "board.passphrase-set", caller.userId(), "");
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
