package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.StoredFile;

/**
 * A file sent with a message. It is uploaded first, streamed to storage, and held for its uploader until a
 * message of theirs names it; from then on both sides read it. The row keeps its SHA-256.
 */
@Entity
@Table(name = "message_attachment", indexes = @Index(name = "message_attachment_by_filing", columnList = "filing_id"))
public class MessageAttachment {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, length = 36)
    private String filingId;

    @Column(name = "uploaded_by", nullable = false, length = 36)
    private String uploadedBy;

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

    /** The message it was sent with; null while it waits for one. */
    @Column(name = "message_id", length = 36)
    private String messageId;

    protected MessageAttachment() {
    }

    public MessageAttachment(Filing filing, String userId, String fileName, StoredFile stored, Instant now) {
        CaseMessage.requireSubmitted(filing);
        this.id = UUID.randomUUID().toString();
        this.filingId = filing.id();
        this.uploadedBy = userId;
        this.fileName = fileName;
        this.mediaType = stored.mediaType();
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedAt = now;
    }

    /** Whether a message the user writes about the filing may name it: theirs, for this filing, not sent yet. */
    public boolean canBeSentBy(String userId, String onFiling) {
        return messageId == null && uploadedBy.equals(userId) && filingId.equals(onFiling);
    }

    public void sendWith(CaseMessage message) {
        if (!canBeSentBy(message.authorId(), message.filingId())) {
            throw new IllegalStateException("attachment " + id + " cannot go with message " + message.id());
        }
        this.messageId = message.id();
    }

    /** Both sides read what was sent; until then, only its uploader sees it. */
    public boolean isReadableBy(String userId, String onFiling) {
        return filingId.equals(onFiling) && (messageId != null || uploadedBy.equals(userId));
    }

    public String id() {
        return id;
    }

    public String messageId() {
        return messageId;
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
