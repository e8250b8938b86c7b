package eu.egov.gateway.trust.domain;

/**
 * How expensive one Argon2id derivation is; stored with every hash so the cost can be raised later
 * without invalidating existing passwords.
 */
public record Argon2idCost(int memoryKiB, int iterations, int parallelism) {

    /** OWASP's recommended minimum (Password Storage Cheat Sheet). */
    public static final Argon2idCost OWASP = new Argon2idCost(19456, 2, 1);

    public Argon2idCost {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Invalid Argon2id cost m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism);
        }
    }
}
