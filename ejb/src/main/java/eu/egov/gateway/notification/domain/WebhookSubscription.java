package eu.egov.gateway.notification.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * An authority's back-office system listening for events on its filings: where to deliver them, which ones, and
 * the secret that signs them. The secret is kept as it is, since every delivery is signed with it; it is shown
 * to the administrator once, when the subscription is made.
 */
@Entity
@Table(name = "webhook_subscription", indexes = @Index(name = "webhook_subscription_by_authority", columnList = "authority_id"))
public class WebhookSubscription {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "authority_id", nullable = false, length = 36)
    private String authorityId;

    @Column(nullable = false, length = WebhookTargetPolicy.MAX_URL_LENGTH)
    private String url;

    /** The event types, space-separated: few, and always read together. */
    @Column(nullable = false, length = 500)
    private String events;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String authorityId, String url, Collection<WebhookEvent> events, String createdBy,
                               Instant now) {
        this.id = UUID.randomUUID().toString();
        this.authorityId = authorityId;
        this.url = url;
        this.events = String.join(" ", events.stream().map(WebhookEvent::slug).distinct().sorted().toList());
        this.secret = WebhookSignature.newSecret();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isOf(String authority) {
        return authorityId.equals(authority);
    }

    public boolean listensTo(WebhookEvent event) {
        return events().contains(event.slug());
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return Arrays.asList(events.split(" "));
    }

    public String secret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
