package eu.egov.gateway.notification.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import eu.egov.gateway.notification.domain.RetrySchedule;
import eu.egov.gateway.notification.domain.WebhookAttempt;
import eu.egov.gateway.notification.domain.WebhookRepository;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * The bookkeeping of deliveries, each step in a short transaction of its own: taking the due ones, reading what
 * to send, recording how an attempt went. The HTTP request itself runs outside any transaction, so that a slow
 * receiver holds no database connection or lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    /** Longer than any attempt can take (see the courier's time-outs): after it, an attempt is deemed lost. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    private WebhookRepository webhooks;

    /** What one attempt sends, and where. */
    public record Outgoing(String url, String secret, String webhookId, String payload) {
    }

    /** Takes up to so many due deliveries for an attempt each; the ids of those taken. */
    public List<String> takeDue(int limit) {
        Instant now = Instant.now();
        return webhooks.dueDeliveries(now, limit).stream()
                .filter(id -> webhooks.lease(id, now, now.plus(LEASE)))
                .toList();
    }

    /** Empty if the delivery or its subscription was removed meanwhile. */
    public Optional<Outgoing> outgoing(String deliveryId) {
        return webhooks.delivery(deliveryId).flatMap(delivery -> webhooks.subscription(delivery.subscriptionId())
                .map(subscription -> new Outgoing(subscription.url(), subscription.secret(),
                        delivery.eventId(), delivery.payload())));
    }

    public void record(String deliveryId, WebhookAttempt attempt) {
        webhooks.delivery(deliveryId)
                .ifPresent(delivery -> delivery.record(attempt, new RetrySchedule(Settings.webhookRetryBase())));
    }
}
