package eu.egov.gateway.trust.application;

import java.security.MessageDigest;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import eu.egov.gateway.trust.domain.Argon2idCost;
import eu.egov.gateway.trust.domain.PasswordHash;
import eu.egov.gateway.trust.infrastructure.Argon2id;

/**
 * Hashes passwords with Argon2id at OWASP's cost, in the self-describing PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}). Each hash takes about 19 MiB and tens of
 * milliseconds: slow on purpose, so stolen hashes are expensive to guess.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** Hashes with a fresh random salt, so equal passwords get different hashes. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(Argon2idCost.OWASP, salt, Argon2id.derive(password, salt, Argon2idCost.OWASP, HASH_BYTES)).encoded();
    }

    /**
     * Whether the password is the one {@code encoded} was made from, using the cost recorded in it.
     *
     * @throws IllegalArgumentException if {@code encoded} is not an Argon2id hash
     */
    public boolean matches(char[] password, String encoded) {
        PasswordHash stored = PasswordHash.parse(encoded);
        byte[] candidate = Argon2id.derive(password, stored.salt(), stored.cost(), stored.hash().length);
        // constant-time, so response times do not reveal how many leading bytes matched
        return MessageDigest.isEqual(candidate, stored.hash());
    }
}
