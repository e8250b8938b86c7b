package eu.egov.gateway.filing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The proof of a submission: the canonical form that was sealed, its SHA-256, the seal (CAdES
 * detached signature) and the RFC 3161 time-stamp. Kept apart from the filing so that lists never
 * load it.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @Column(name = "filing_id", length = 36)
    private String filingId;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Lob
    @Column(name = "canonical_form", nullable = false)
    private byte[] canonicalForm;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false)
    private byte[] seal;

    @Lob
    @Column(name = "time_stamp_token", nullable = false)
    private byte[] timeStampToken;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    @Column(name = "verification_code", nullable = false, unique = true, length = 32)
    private String verificationCode;

    protected Submission() {
    }

    public Submission(String filingId, String reference, byte[] canonicalForm, String sha256, byte[] seal,
                      byte[] timeStampToken, Instant sealedAt) {
        this.filingId = filingId;
        this.reference = reference;
        this.canonicalForm = canonicalForm.clone();
        this.sha256 = sha256;
        this.seal = seal.clone();
        this.timeStampToken = timeStampToken.clone();
        this.sealedAt = sealedAt;
        this.verificationCode = VerificationCode.of(sha256);
    }

    public String filingId() {
        return filingId;
    }

    public String reference() {
        return reference;
    }

    public byte[] canonicalForm() {
        return canonicalForm.clone();
    }

    public String sha256() {
        return sha256;
    }

    public byte[] seal() {
        return seal.clone();
    }

    public byte[] timeStampToken() {
        return timeStampToken.clone();
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public String verificationCode() {
        return verificationCode;
    }
}
