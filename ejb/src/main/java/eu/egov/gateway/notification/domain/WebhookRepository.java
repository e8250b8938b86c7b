package eu.egov.gateway.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Authorities' webhook subscriptions and the deliveries of events to them. */
public interface WebhookRepository {

    void add(WebhookSubscription subscription);

    Optional<WebhookSubscription> subscription(String id);

    List<WebhookSubscription> subscriptionsOf(String authorityId);

    /** Removes the subscription and its deliveries, sent or not: nothing more goes to it. */
    void remove(WebhookSubscription subscription);

    void add(WebhookDelivery delivery);

    Optional<WebhookDelivery> delivery(String id);

    /** A subscription's deliveries, newest first. */
    List<WebhookDelivery> deliveriesOf(String subscriptionId, int offset, int limit);

    long countDeliveriesOf(String subscriptionId);

    /** The ids of pending deliveries due by then, longest waiting first. */
    List<String> dueDeliveries(Instant now, int limit);

    /**
     * Takes a due delivery for one attempt by moving its next attempt to the lease's end, so that no other
     * sweep, on this node or another, makes the same attempt meanwhile; false if another took it first.
     */
    boolean lease(String deliveryId, Instant now, Instant leaseEnd);
}
