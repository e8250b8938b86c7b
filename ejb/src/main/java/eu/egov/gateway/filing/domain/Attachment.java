package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.StoredFile;

/** A document attached to a filing. The bytes live in file storage; the row keeps their SHA-256. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "filing_id")
    private Filing filing;

    @Column(nullable = false, length = 100)
    private String slot;

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

    protected Attachment() {
    }

    public Attachment(Filing filing, String slot, String fileName, StoredFile stored, Instant uploadedAt) {
        this.id = UUID.randomUUID().toString();
        this.filing = filing;
        this.slot = slot;
        this.fileName = fileName;
        this.mediaType = stored.mediaType();
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedAt = uploadedAt;
    }

    public String id() {
        return id;
    }

    public String slot() {
        return slot;
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

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
