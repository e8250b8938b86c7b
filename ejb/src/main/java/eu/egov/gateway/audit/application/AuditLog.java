package eu.egov.gateway.audit.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.audit.domain.AuditChain;
import eu.egov.gateway.audit.domain.AuditEvent;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;

/** The append-only, hash-chained record of every state change. */
@Stateless
public class AuditLog {

    private static final int VERIFICATION_BATCH = 500;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Appends in the caller's transaction, so the event exists exactly when the change it records does.
     * The chain's head stays locked until that transaction ends: call this after the slow work.
     */
    public void record(String actor, String action, String subject, String details) {
        AuditChain chain = entityManager.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
        entityManager.persist(chain.append(Instant.now(), actor, action, subject, details));
    }

    /** Walks the whole chain, for an auditor: the first event whose hash or link does not hold, if any. */
    public AuditVerification verify(Caller caller) {
        caller.require(Role.AUDITOR);
        String expectedPrevious = AuditChain.GENESIS;
        long checked = 0;
        long after = 0;
        List<AuditEvent> batch;
        do {
            batch = entityManager.createQuery(
                            "select e from AuditEvent e where e.sequence > :after order by e.sequence", AuditEvent.class)
                    .setParameter("after", after)
                    // what the database holds now, not what this server remembers having written
                    .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                    .setMaxResults(VERIFICATION_BATCH)
                    .getResultList();
            for (AuditEvent event : batch) {
                if (!event.previousHash().equals(expectedPrevious) || !event.hash().equals(event.computeHash())) {
                    return new AuditVerification(false, checked, event.sequence());
                }
                expectedPrevious = event.hash();
                after = event.sequence();
                checked++;
            }
        } while (batch.size() == VERIFICATION_BATCH);
        return new AuditVerification(true, checked, null);
    }
}
