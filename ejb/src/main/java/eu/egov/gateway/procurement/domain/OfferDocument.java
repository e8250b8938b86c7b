package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.StoredFile;

/**
 * A document of a firm's offer (a technical proposal, a signed form), sealed to the tender's key as it
 * arrived: file storage holds only its ciphertext. A bid names it by the SHA-256 of its clear bytes,
 * so the receipt proves the document as well; the opening decrypts it and checks that hash.
 */
@Entity
@Table(name = "offer_document", indexes = @Index(name = "offer_document_by_firm", columnList = "tender_id, organisation_id"))
public class OfferDocument {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "uploaded_by", nullable = false, length = 36)
    private String uploadedBy;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    /** Of the clear document. */
    @Column(nullable = false)
    private long size;

    /** Of the clear document. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "sealed_key", nullable = false, length = 100)
    private String sealedKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The decrypted copy, from the opening on. */
    @Column(name = "opened_key", length = 100)
    private String openedKey;

    @Column(name = "matches_receipt")
    private Boolean matchesReceipt;

    protected OfferDocument() {
    }

    public OfferDocument(Tender tender, String organisationId, String userId, String fileName, StoredFile sealed,
                         Instant now) {
        Bid.requireOpen(tender, now);
        this.id = UUID.randomUUID().toString();
        this.tenderId = tender.id();
        this.organisationId = organisationId;
        this.uploadedBy = userId;
        this.fileName = fileName;
        this.mediaType = sealed.mediaType();
        this.size = sealed.size();
        this.sha256 = sealed.sha256();
        this.sealedKey = sealed.key();
        this.uploadedAt = now;
    }

    /** The opening decrypted the document; it matches the receipt if its hash is the one the bid sealed. */
    public void opened(StoredFile clear, String sealedSha256) {
        this.openedKey = clear.key();
        this.matchesReceipt = clear.sha256().equals(sealedSha256) && clear.sha256().equals(sha256);
    }

    public String id() {
        return id;
    }

    public String tenderId() {
        return tenderId;
    }

    public String organisationId() {
        return organisationId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String sealedKey() {
        return sealedKey;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String openedKey() {
        return openedKey;
    }

    public boolean matchesReceipt() {
        return Boolean.TRUE.equals(matchesReceipt);
    }
}
