package eu.egov.gateway.notification.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.notification.domain.Notice;
import eu.egov.gateway.notification.domain.NoticeRepository;

@ApplicationScoped
class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(Notice notice) {
        entityManager.persist(notice);
    }

    @Override
    public Optional<Notice> notice(String id) {
        return Optional.ofNullable(entityManager.find(Notice.class, id));
    }

    @Override
    public List<Notice> noticesOf(String recipientId, int offset, int limit) {
        return entityManager.createQuery(
                        "select n from Notice n where n.recipientId = :recipient order by n.createdAt desc, n.id",
                        Notice.class)
                .setParameter("recipient", recipientId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOf(String recipientId) {
        return entityManager.createQuery("select count(n) from Notice n where n.recipientId = :recipient", Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
    }

    @Override
    public long unreadCountOf(String recipientId) {
        return entityManager.createQuery(
                        "select count(n) from Notice n where n.recipientId = :recipient and n.readAt is null", Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
    }
}
