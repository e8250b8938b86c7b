package eu.egov.gateway.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.audit.domain.AuditChain;

/** Creates the chain's head once, before any request could race to create it. */
@Singleton
@Startup
public class AuditChainStartup {

    @PersistenceContext
    private EntityManager entityManager;

    @PostConstruct
    void ensureChain() {
        if (entityManager.find(AuditChain.class, AuditChain.ID) == null) {
            entityManager.persist(AuditChain.genesis());
        }
    }
}
