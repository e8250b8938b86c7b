package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The proof of a completed filing, like that of its submission: what the firm sent when the authority
 * asked it to complete the filing, sealed and time-stamped.
 */
@Entity
@Table(name = "completion", indexes = @Index(name = "completion_by_filing", columnList = "filing_id, sealed_at"))
public class Completion {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, length = 36)
    private String filingId;

    @Lob
    @Column(name = "canonical_form", nullable = false)
    private byte[] canonicalForm;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false)
    private byte[] seal;

    @Lob
    @Column(name = "time_stamp_token", nullable = false)
    private byte[] timeStampToken;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected Completion() {
    }

    public Completion(Filing filing, byte[] canonicalForm, String sha256, byte[] seal, byte[] timeStampToken, Instant sealedAt) {
        this.id = UUID.randomUUID().toString();
        this.filingId = filing.id();
        this.canonicalForm = canonicalForm.clone();
        this.sha256 = sha256;
        this.seal = seal.clone();
        this.timeStampToken = timeStampToken.clone();
        this.sealedAt = sealedAt;
    }

    public String sha256() {
        return sha256;
    }

    public Instant sealedAt() {
        return sealedAt;
    }
}
