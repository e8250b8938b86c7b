package eu.egov.gateway.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.Sha256;

/**
 * One state change, appended to the audit chain: each event's hash covers its own content and the
 * previous event's hash, so editing or removing any event breaks every hash after it.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long sequence;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(nullable = false, length = 100)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String details;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long sequence, Instant recordedAt, String actor, String action, String subject, String details,
               String previousHash) {
        this.sequence = sequence;
        // the hash must still match once the time has been through a microsecond column
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** The hash this event's content gives; differs from {@link #hash()} once the stored event was edited. */
    public String computeHash() {
        String content = String.join("\n", Long.toString(sequence), recordedAt.toString(), actor, action, subject,
                details, previousHash);
        return Sha256.hex(content);
    }

    public long sequence() {
        return sequence;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String actor() {
        return actor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
