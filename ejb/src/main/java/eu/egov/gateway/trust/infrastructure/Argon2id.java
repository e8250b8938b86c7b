package eu.egov.gateway.trust.infrastructure;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import eu.egov.gateway.trust.domain.Argon2idCost;
import eu.egov.gateway.trust.domain.PasswordHash;

/** The memory-hard Argon2id key derivation (RFC 9106), as implemented by Bouncy Castle. */
public final class Argon2id {

    private Argon2id() {
    }

    /** Derives {@code length} bytes; the password's characters are hashed as UTF-8. */
    public static byte[] derive(char[] password, byte[] salt, Argon2idCost cost, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(PasswordHash.VERSION)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] derived = new byte[length];
        generator.generateBytes(password, derived);
        return derived;
    }
}
