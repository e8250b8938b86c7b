package eu.egov.gateway.notification.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Looks for due webhook deliveries every five seconds: retries, and deliveries that a restart or a crash
 * interrupted. The timer is not persistent: the deliveries themselves are the persistent state, in the
 * gateway's database, and a timer missed while the server was down has nothing to catch up on that the next
 * one would not find. Taking a delivery is a compare-and-set in the database, so several nodes may run it.
 */
@Singleton
public class WebhookClock {

    @Inject
    private WebhookCourier courier;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "webhook deliveries")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliverDue() {
        courier.deliverDue();
    }
}
