package eu.egov.gateway.notification.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.notification.domain.DeliveryStatus;
import eu.egov.gateway.notification.domain.WebhookDelivery;
import eu.egov.gateway.notification.domain.WebhookRepository;
import eu.egov.gateway.notification.domain.WebhookSubscription;

@ApplicationScoped
class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(WebhookSubscription subscription) {
        entityManager.persist(subscription);
    }

    @Override
    public Optional<WebhookSubscription> subscription(String id) {
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id));
    }

    @Override
    public List<WebhookSubscription> subscriptionsOf(String authorityId) {
        return entityManager.createQuery(
                        "select s from WebhookSubscription s where s.authorityId = :authority order by s.createdAt, s.id",
                        WebhookSubscription.class)
                .setParameter("authority", authorityId)
                .getResultList();
    }

    @Override
    public void remove(WebhookSubscription subscription) {
        // one by one, so that each delivery's attempts go with it
        entityManager.createQuery("select d from WebhookDelivery d where d.subscriptionId = :subscription",
                        WebhookDelivery.class)
                .setParameter("subscription", subscription.id())
                .getResultStream()
                .forEach(entityManager::remove);
        entityManager.remove(subscription);
    }

    @Override
    public void add(WebhookDelivery delivery) {
        entityManager.persist(delivery);
    }

    @Override
    public Optional<WebhookDelivery> delivery(String id) {
        return Optional.ofNullable(entityManager.find(WebhookDelivery.class, id));
    }

    @Override
    public List<WebhookDelivery> deliveriesOf(String subscriptionId, int offset, int limit) {
        return entityManager.createQuery("""
                        select d from WebhookDelivery d where d.subscriptionId = :subscription
                        order by d.createdAt desc, d.id""", WebhookDelivery.class)
                .setParameter("subscription", subscriptionId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countDeliveriesOf(String subscriptionId) {
        return entityManager.createQuery(
                        "select count(d) from WebhookDelivery d where d.subscriptionId = :subscription", Long.class)
                .setParameter("subscription", subscriptionId)
                .getSingleResult();
    }

    @Override
    public List<String> dueDeliveries(Instant now, int limit) {
        return entityManager.createQuery("""
                        select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now
                        order by d.nextAttemptAt""", String.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean lease(String deliveryId, Instant now, Instant leaseEnd) {
        // a compare-and-set: of two sweeps updating the same row, the second finds it no longer due
        return entityManager.createQuery("""
                        update WebhookDelivery d set d.nextAttemptAt = :leaseEnd
                        where d.id = :id and d.status = :pending and d.nextAttemptAt <= :now""")
                .setParameter("leaseEnd", leaseEnd)
                .setParameter("id", deliveryId)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }
}
