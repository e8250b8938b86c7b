package eu.egov.gateway.procurement.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import eu.egov.gateway.trust.domain.Argon2idCost;
import eu.egov.gateway.trust.domain.OpeningCredential;

/**
 * An opening board member's credential, set once with their opening passphrase: the public key shares
 * of tender keys are encrypted to, and the private key encrypted under the passphrase, which is not kept.
 */
@Entity
@Table(name = "member_credential")
public class MemberCredential {

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Lob
    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Lob
    @Column(name = "encrypted_private_key", nullable = false)
    private byte[] encryptedPrivateKey;

    @Column(nullable = false, length = 64)
    private byte[] salt;

    @Column(nullable = false, length = 32)
    private byte[] nonce;

    @Column(name = "kdf_memory_kib", nullable = false)
    private int memoryKiB;

    @Column(name = "kdf_iterations", nullable = false)
    private int iterations;

    @Column(name = "kdf_parallelism", nullable = false)
    private int parallelism;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MemberCredential() {
    }

    public MemberCredential(String userId, OpeningCredential credential, Instant now) {
        this.userId = userId;
        this.publicKey = credential.publicKey();
        this.encryptedPrivateKey = credential.encryptedPrivateKey();
        this.salt = credential.salt();
        this.nonce = credential.nonce();
        this.memoryKiB = credential.cost().memoryKiB();
        this.iterations = credential.cost().iterations();
        this.parallelism = credential.cost().parallelism();
        this.createdAt = now;
    }

    public String userId() {
        return userId;
    }

    public OpeningCredential credential() {
        return new OpeningCredential(publicKey.clone(), encryptedPrivateKey.clone(), salt.clone(), nonce.clone(),
                new Argon2idCost(memoryKiB, iterations, parallelism));
    }
}
