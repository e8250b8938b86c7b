package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.StoredFile;

/**
 * A procurement document of a call for tenders (specifications, a model contract): public once the
 * tender is. The bytes live in file storage; the row keeps their SHA-256.
 */
@Entity
@Table(name = "tender_file", indexes = @Index(name = "file_by_tender", columnList = "tender_id, uploaded_at"))
public class TenderFile {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TenderFile() {
    }

    public TenderFile(Tender tender, String fileName, StoredFile stored, Instant now) {
        if (tender.status() != TenderStatus.DRAFT) {
            throw new Rejection(ProblemType.TENDER_ALREADY_PUBLISHED, tender.reference());
        }
        this.id = UUID.randomUUID().toString();
        this.tenderId = tender.id();
        this.fileName = fileName;
        this.mediaType = stored.mediaType();
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedAt = now;
    }

    public String id() {
        return id;
    }

    public String tenderId() {
        return tenderId;
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

    public String storageKey() {
        return storageKey;
    }
}
