package eu.egov.gateway.filing.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.filing.domain.CaseMessage;
import eu.egov.gateway.filing.domain.MessageAttachment;
import eu.egov.gateway.filing.domain.MessageRepository;

@ApplicationScoped
class JpaMessageRepository implements MessageRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(CaseMessage message) {
        entityManager.persist(message);
    }

    @Override
    public List<CaseMessage> thread(String filingId) {
        return entityManager.createQuery(
                        "select m from CaseMessage m where m.filingId = :filing order by m.sentAt, m.sequence", CaseMessage.class)
                .setParameter("filing", filingId)
                .getResultList();
    }

    @Override
    public Optional<CaseMessage> earlier(String filingId, String authorId, String idempotencyKey) {
        return entityManager.createQuery("""
                        select m from CaseMessage m
                        where m.filingId = :filing and m.authorId = :author and m.idempotencyKey = :key""", CaseMessage.class)
                .setParameter("filing", filingId)
                .setParameter("author", authorId)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    @Override
    public void add(MessageAttachment attachment) {
        entityManager.persist(attachment);
    }

    @Override
    public Optional<MessageAttachment> attachment(String id) {
        return Optional.ofNullable(entityManager.find(MessageAttachment.class, id));
    }

    @Override
    public void remove(MessageAttachment attachment) {
        entityManager.remove(attachment);
    }

    @Override
    public List<MessageAttachment> sentAttachments(String filingId) {
        return entityManager.createQuery("""
                        select a from MessageAttachment a
                        where a.filingId = :filing and a.messageId is not null order by a.uploadedAt""", MessageAttachment.class)
                .setParameter("filing", filingId)
                .getResultList();
    }
}
