package eu.egov.gateway.trust.application;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import eu.egov.gateway.trust.domain.Argon2idCost;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.infrastructure.P256;
import eu.egov.gateway.trust.infrastructure.PassphraseLock;

/**
 * Issues opening board members their opening credentials: a fresh EC P-256 key pair whose private key is
 * kept only encrypted under the member's passphrase (Argon2id at OWASP's cost, AES-256-GCM). Thread-safe.
 */
@ApplicationScoped
public class OpeningCredentials {

    private final SecureRandom random = new SecureRandom();

    /**
     * The credential for a member who has just set their opening passphrase. The caller owns
     * {@code passphrase} and should wipe it afterwards.
     */
    public OpeningCredential create(char[] passphrase) {
        return PassphraseLock.lock(P256.generate(random), passphrase, Argon2idCost.OWASP, random);
    }
}
