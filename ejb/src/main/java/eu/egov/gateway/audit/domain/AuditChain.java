package eu.egov.gateway.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit chain. Appending locks this single row, which orders all events and makes
 * each one hash its predecessor.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    public static final int ID = 1;
    public static final String GENESIS = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChain() {
    }

    public static AuditChain genesis() {
        AuditChain chain = new AuditChain();
        chain.id = ID;
        chain.lastSequence = 0;
        chain.lastHash = GENESIS;
        return chain;
    }

    public AuditEvent append(Instant recordedAt, String actor, String action, String subject, String details) {
        AuditEvent event = new AuditEvent(lastSequence + 1, recordedAt, actor, action, subject, details, lastHash);
        lastSequence = event.sequence();
        lastHash = event.hash();
        return event;
    }

    public long lastSequence() {
        return lastSequence;
    }
}
