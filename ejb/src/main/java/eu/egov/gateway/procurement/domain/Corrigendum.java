package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A published change to a call for tenders: what changed in the authority's words, the version it
 * made, and the submission deadline before and after (a late change pushes the deadline back).
 */
@Entity
@Table(name = "corrigendum", indexes = @Index(name = "corrigendum_by_tender", columnList = "tender_id, number"))
public class Corrigendum {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(nullable = false)
    private int number;

    /** What changed, per language, as {"en": "...", ...}. */
    @Lob
    @Column(nullable = false)
    private String summary;

    @Column(name = "previous_deadline", nullable = false)
    private Instant previousDeadline;

    @Column(name = "submission_deadline", nullable = false)
    private Instant submissionDeadline;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Corrigendum() {
    }

    public Corrigendum(String tenderId, int number, String summary, Instant previousDeadline, Instant submissionDeadline,
                       Instant publishedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenderId = tenderId;
        this.number = number;
        this.summary = summary;
        this.previousDeadline = previousDeadline;
        this.submissionDeadline = submissionDeadline;
        this.publishedAt = publishedAt;
    }

    public int number() {
        return number;
    }

    public String summary() {
        return summary;
    }

    public Instant previousDeadline() {
        return previousDeadline;
    }

    public Instant submissionDeadline() {
        return submissionDeadline;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
