package eu.egov.gateway.procurement.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A call for tenders of a contracting authority: a draft, then published under a reference. The
 * draft's JSON holds what the authority wrote; the deadlines are columns, as the process and the
 * queries judge by them.
 */
@Entity
@Table(name = "tender", indexes = {
        @Index(name = "tender_by_authority", columnList = "authority_id, created_at"),
        @Index(name = "tender_by_status", columnList = "status, submission_deadline")})
public class Tender {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "authority_id", nullable = false, length = 36)
    private String authorityId;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    @Lob
    @Column(nullable = false)
    private String draft;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenderStatus status;

    @Version
    private long version;

    @Column(unique = true, length = 32)
    private String reference;

    @Column(name = "questions_deadline", nullable = false)
    private Instant questionsDeadline;

    @Column(name = "submission_deadline", nullable = false)
    private Instant submissionDeadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    /** How many corrigenda were published: the tender's published version is this plus one. */
    @Column
    private int corrigenda;

    protected Tender() {
    }

    public Tender(String authorityId, String createdBy, TenderDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.authorityId = authorityId;
        this.createdBy = createdBy;
        this.status = TenderStatus.DRAFT;
        this.createdAt = now;
        replace(draft, now);
    }

    public void replace(TenderDraft newDraft, Instant now) {
        requireDraft();
        this.draft = newDraft.json().toString();
        this.questionsDeadline = newDraft.questionsDeadline();
        this.submissionDeadline = newDraft.submissionDeadline();
        this.updatedAt = now;
    }

    public void publish(String newReference, Instant now) {
        requireDraft();
        this.reference = newReference;
        this.status = TenderStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** Bidders keep at least this long after a corrigendum to adapt their bids. */
    public static final Duration TIME_AFTER_CORRIGENDUM = Duration.ofDays(6);

    /**
     * Publishes a changed version. A change that comes within six days of the deadline moves the
     * deadline so that six days remain.
     */
    public void amend(TenderDraft changed, Instant now) {
        if (status != TenderStatus.PUBLISHED || !now.isBefore(submissionDeadline)) {
            throw new Rejection(ProblemType.SUBMISSION_CLOSED, submissionDeadline);
        }
        Instant earliest = now.plus(TIME_AFTER_CORRIGENDUM).truncatedTo(ChronoUnit.SECONDS);
        this.draft = changed.json().toString();
        this.questionsDeadline = changed.questionsDeadline();
        this.submissionDeadline = changed.submissionDeadline().isBefore(earliest) ? earliest : changed.submissionDeadline();
        this.corrigenda++;
        this.updatedAt = now;
    }

    public int corrigenda() {
        return corrigenda;
    }

    /** The bids are open: from now on they are read, not received. */
    public void opened(Instant now) {
        if (status != TenderStatus.PUBLISHED || now.isBefore(submissionDeadline)) {
            throw new Rejection(ProblemType.OPENING_NOT_ALLOWED, submissionDeadline);
        }
        this.status = TenderStatus.OPENED;
        this.openedAt = now;
        this.updatedAt = now;
    }

    public Instant openedAt() {
        return openedAt;
    }

    private void requireDraft() {
        if (status != TenderStatus.DRAFT) {
            throw new Rejection(ProblemType.TENDER_ALREADY_PUBLISHED, reference);
        }
    }

    public String id() {
        return id;
    }

    public String authorityId() {
        return authorityId;
    }

    public TenderDraft draft() {
        return TenderDraft.parse(draft);
    }

    public TenderStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public Instant questionsDeadline() {
        return questionsDeadline;
    }

    public Instant submissionDeadline() {
        return submissionDeadline;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
