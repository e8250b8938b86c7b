package eu.egov.gateway.notification.application;

import java.time.Instant;
import java.util.List;

import eu.egov.gateway.notification.domain.WebhookAttempt;
import eu.egov.gateway.notification.domain.WebhookDelivery;

/**
 * A delivery as the administrator follows it: the event, where it stands, when it is tried next, and every
 * attempt with the receiver's answer or what went wrong.
 */
public record WebhookDeliveryView(String id, String eventId, String event, String status, int attemptCount,
                                  Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                                  Integer lastStatusCode, String lastError, List<Attempt> attempts) {

    public record Attempt(Instant attemptedAt, Integer statusCode, String error) {
    }

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        List<Attempt> attempts = delivery.attempts().stream()
                .map(a -> new Attempt(a.attemptedAt(), a.statusCode(), a.error())).toList();
        WebhookAttempt last = delivery.attempts().isEmpty() ? null : delivery.attempts().get(delivery.attempts().size() - 1);
        return new WebhookDeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status().name(),
                attempts.size(), delivery.createdAt(), delivery.nextAttemptAt(), delivery.deliveredAt(),
                last == null ? null : last.statusCode(), last == null ? null : last.error(), attempts);
    }
}
