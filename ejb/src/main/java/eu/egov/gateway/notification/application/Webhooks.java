package eu.egov.gateway.notification.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.egov.gateway.notification.domain.WebhookDelivery;
import eu.egov.gateway.notification.domain.WebhookEvent;
import eu.egov.gateway.notification.domain.WebhookRepository;
import eu.egov.gateway.notification.domain.WebhookSubscription;
import eu.egov.gateway.notification.domain.WebhooksDue;

/**
 * What other contexts call to tell an authority's back-office systems that something happened. The deliveries
 * are written in the caller's transaction, so that an event is sent exactly when the change it tells of
 * commits; they go out after the commit (see the notification infrastructure), and no failure to deliver
 * undoes that change.
 */
@Stateless
public class Webhooks {

    @Inject
    private WebhookRepository webhooks;

    @Inject
    private Event<WebhooksDue> due;

    /**
     * Queues the event for every subscription of the authority that listens to it. The data should hold
     * identifiers and links, not documents: a back-office fetches what it needs with its own API token.
     */
    public void publish(String authorityId, WebhookEvent event, JsonObject data) {
        List<WebhookSubscription> listeners = webhooks.subscriptionsOf(authorityId).stream()
                .filter(subscription -> subscription.listensTo(event))
                .toList();
        if (listeners.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String payload = JSON.createObjectBuilder()
                .add("id", eventId)
                .add("type", event.slug())
                .add("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("data", data)
                .build().toString();
        for (WebhookSubscription subscription : listeners) {
            webhooks.add(new WebhookDelivery(subscription.id(), eventId, event, payload, now));
        }
        due.fire(new WebhooksDue());
    }
}
