package eu.egov.gateway.notification.application;

import java.time.Instant;
import java.util.List;

import eu.egov.gateway.notification.domain.WebhookSubscription;

/** A subscription as its administrator sees it; the secret only in the answer that made it. */
public record WebhookSubscriptionView(String id, String url, List<String> events, Instant createdAt, String secret) {

    static WebhookSubscriptionView of(WebhookSubscription subscription) {
        return new WebhookSubscriptionView(subscription.id(), subscription.url(), subscription.events(),
                subscription.createdAt(), null);
    }

    static WebhookSubscriptionView withSecret(WebhookSubscription subscription) {
        return new WebhookSubscriptionView(subscription.id(), subscription.url(), subscription.events(),
                subscription.createdAt(), subscription.secret());
    }
}
