package eu.egov.gateway.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One event on its way to one subscription: the outbox row, written in the transaction of the change it tells
 * of, so that it exists exactly when that change does, and survives a restart until it is delivered or given
 * up. The body is fixed when the event happens: every attempt sends the same bytes under the same Webhook-Id.
 */
@Entity
@Table(name = "webhook_delivery", indexes = {
        @Index(name = "webhook_delivery_due", columnList = "status, next_attempt_at"),
        @Index(name = "webhook_delivery_by_subscription", columnList = "subscription_id, created_at")})
public class WebhookDelivery {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    /** The event's id, sent as Webhook-Id: the receiver's key for recognising an event it already has. */
    @Column(name = "event_id", nullable = false, length = 40)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Lob
    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    /** When the next attempt is due; while one is under way, when it is deemed lost and may be made again. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @ElementCollection
    @CollectionTable(name = "webhook_attempt", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderColumn(name = "attempt_number")
    private List<WebhookAttempt> attempts = new ArrayList<>();

    protected WebhookDelivery() {
    }

    public WebhookDelivery(String subscriptionId, String eventId, WebhookEvent event, String payload, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = event.slug();
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Records an attempt: delivered, retried when the schedule says, or given up when it says no more. */
    public void record(WebhookAttempt attempt, RetrySchedule schedule) {
        if (status != DeliveryStatus.PENDING) {
            return;
        }
        attempts.add(attempt);
        if (attempt.succeeded()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = attempt.attemptedAt();
            nextAttemptAt = null;
            return;
        }
        schedule.delayAfter(attempts.size()).ifPresentOrElse(
                delay -> nextAttemptAt = attempt.attemptedAt().plus(delay),
                () -> {
                    status = DeliveryStatus.FAILED;
                    nextAttemptAt = null;
                });
    }

    public String id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public List<WebhookAttempt> attempts() {
        return List.copyOf(attempts);
    }
}
