package eu.egov.gateway.notification.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * Something a user is told in the gateway: worded once, in the recipient's language when it happened, so that
 * it reads the same later whatever the gateway's texts become; with a link to what it is about.
 */
@Entity
@Table(name = "notice", indexes = @Index(name = "notice_by_recipient", columnList = "recipient_id, created_at"))
public class Notice {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recipient_id", nullable = false, length = 36)
    private String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NoticeKind kind;

    /** BCP 47 tag of the language the notice is worded in, the recipient's when it was written. */
    @Column(nullable = false, length = 16)
    private String language;

    @Column(nullable = false, length = 500)
    private String subject;

    /** Unbounded: it may quote what an authority wrote, such as a corrigendum's summary. */
    @Lob
    @Column(nullable = false)
    private String body;

    /** Where the recipient goes from here: a page or an API object, as a path on the gateway. */
    @Column(length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    public Notice(String recipientId, NoticeKind kind, NoticeWording.Wording wording, String link, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.recipientId = recipientId;
        this.kind = kind;
        this.language = wording.language().toLanguageTag();
        this.subject = wording.subject();
        this.body = wording.body();
        this.link = link;
        this.createdAt = now;
    }

    /** The first reading counts; reading again changes nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isFor(String userId) {
        return recipientId.equals(userId);
    }

    public String id() {
        return id;
    }

    public NoticeKind kind() {
        return kind;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
