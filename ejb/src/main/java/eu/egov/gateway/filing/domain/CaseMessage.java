package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A message between the firm and the authority about a submitted filing. Part of the case's record: once
 * sent, it is neither changed nor removed; only the other side's first reading is noted on it.
 */
@Entity
@Table(name = "case_message",
        uniqueConstraints = @UniqueConstraint(columnNames = {"filing_id", "author_id", "idempotency_key"}),
        indexes = @Index(name = "case_message_by_filing", columnList = "filing_id, sent_at"))
public class CaseMessage {

    public static final int MAX_LENGTH = 4000;
    public static final int MAX_ATTACHMENTS = 10;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, length = 36)
    private String filingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** Orders the messages of one instant as they were written. */
    @Column(nullable = false)
    private long sequence;

    /** When the other side first read it. */
    @Column(name = "read_at")
    private Instant readAt;

    /** The client's Idempotency-Key, so that a retried message is not posted twice. */
    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    protected CaseMessage() {
    }

    /** A message on a filing the firm has submitted: before that, there is no case to write about. */
    public CaseMessage(Filing filing, Side side, String authorId, String text, String idempotencyKey, Instant now) {
        requireSubmitted(filing);
        this.id = UUID.randomUUID().toString();
        this.filingId = filing.id();
        this.side = side;
        this.authorId = authorId;
        this.text = text;
        this.idempotencyKey = idempotencyKey;
        this.sentAt = now;
        this.sequence = System.nanoTime();
    }

    /** Messages, and the files sent with them, begin once the firm has submitted its filing. */
    public static void requireSubmitted(Filing filing) {
        if (filing.isDraft()) {
            throw new Rejection(ProblemType.FILING_NOT_SUBMITTED);
        }
    }

    /** The first reading by the other side counts; the author's own side reading it changes nothing. */
    public void readBy(Side reader, Instant now) {
        if (reader != side && readAt == null) {
            readAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String filingId() {
        return filingId;
    }

    public Side side() {
        return side;
    }

    public String authorId() {
        return authorId;
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
