package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A step in a case's history: submitted, taken up, given to a colleague (with the reason), decided.
 * Internal steps (who holds the case, the authority's alerts) are for the authority's eyes only; the
 * firm sees the rest of its filing's history.
 */
@Entity
@Table(name = "case_event", indexes = @Index(name = "case_event_by_filing", columnList = "filing_id, at"))
public class CaseEvent {

    public enum Kind {
        SUBMITTED(false), CLAIMED(true), ASSIGNED(true), DUE_SOON(true), OVERDUE(true), DECIDED(false),
        TACITLY_APPROVED(false), COMPLETION_REQUESTED(false), COMPLETED(false), WITHDRAWN(false),
        /** The firm opened its decision for the first time: the authority knows it has it. */
        DECISION_OPENED(false),
        /** The bank's statement shows the fee paid: the case enters the queue. */
        FEE_PAID(false);

        private final boolean internal;

        Kind(boolean internal) {
            this.internal = internal;
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, length = 36)
    private String filingId;

    @Column(nullable = false)
    private Instant at;

    /** Orders the events of one instant as they were recorded. */
    @Column(nullable = false)
    private long sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Column(nullable = false)
    private boolean internal;

    /** The user who acted; null for the gateway itself (a timer). */
    @Column(name = "actor_id", length = 36)
    private String actorId;

    /** Whom the case was given to, for an assignment. */
    @Column(name = "assignee_id", length = 36)
    private String assigneeId;

    @Column(length = 4000)
    private String reason;

    protected CaseEvent() {
    }

    public CaseEvent(Filing filing, Kind kind, String actorId, String assigneeId, String reason, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.filingId = filing.id();
        this.kind = kind;
        this.internal = kind.internal;
        this.actorId = actorId;
        this.assigneeId = assigneeId;
        this.reason = reason;
        this.at = at;
        this.sequence = System.nanoTime();
    }

    public Kind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    public String actorId() {
        return actorId;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public String reason() {
        return reason;
    }
}
