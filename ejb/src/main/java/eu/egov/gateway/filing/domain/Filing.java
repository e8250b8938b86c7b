package eu.egov.gateway.filing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/** A firm's filing of one form with one authority: a draft, then a submitted case, then a decision. */
@Entity
@Table(name = "filing",
        uniqueConstraints = @UniqueConstraint(columnNames = {"organisation_id", "creation_key"}),
        indexes = {@Index(name = "filing_by_organisation", columnList = "organisation_id, created_at"),
                // in the queue's order, so a page is read off the index; open cases are most of an
                // authority's, so filtering them on the way is cheaper than sorting them all
                @Index(name = "filing_queue", columnList = "authority_id, decision_due, reference"),
                // a clerk's own cases ("mine"): few among the authority's, found without reading the rest
                @Index(name = "filing_by_assignee", columnList = "assignee, decision_due"),
                @Index(name = "filing_by_agent", columnList = "agent_id, created_at")})
public class Filing {

    /** How long before the legal deadline a case is due soon, and its authority's queue is warned. */
    public static final Duration DUE_SOON = Duration.ofDays(3);

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id")
    private Form form;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    /** The form's authority, which processes the filing: kept here so that its queue reads one index. */
    @Column(name = "authority_id", length = 36)
    private String authorityId;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    /** Who saved the filing last; nullable, as filings made before it was kept have none (then: who created it). */
    @Column(name = "updated_by", length = 36)
    private String updatedBy;

    /** The intermediary firm that files on the firm's behalf, and the mandate it does so under; none for the firm's own. */
    @Column(name = "agent_id", length = 36)
    private String agentId;

    @Column(name = "mandate_reference", length = 32)
    private String mandateReference;

    /**
     * The client's Idempotency-Key, so that a retried create returns the draft it made the first time; an
     * intermediary's is prefixed with its firm's id, hence longer than the 200 characters a key may have.
     */
    @Column(name = "creation_key", length = 240)
    private String creationKey;

    /** The form data as JSON, validated against the form's schema at submission. */
    @Lob
    @Column(nullable = false)
    private String data;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FilingStatus status;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(unique = true, length = 32)
    private String reference;

    /** The gateway's trusted time of submission: the time-stamp's, not the client's. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 36)
    private String submittedBy;

    /** The applicant's language at submission: receipts and decisions are issued in it. */
    @Column(length = 16)
    private String language;

    @Column(length = 36)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(length = 4000)
    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    /** The legal deadline for the authority's decision, from submission on. */
    @Column(name = "decision_due")
    private Instant decisionDue;

    /** What the clerk asked the firm to complete, the last time. */
    @Column(name = "completion_request", length = 4000)
    private String completionRequest;

    @Column(name = "completion_requested_at")
    private Instant completionRequestedAt;

    @Column(name = "completion_due")
    private Instant completionDue;

    @OneToMany(mappedBy = "filing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt")
    private List<Attachment> attachments = new ArrayList<>();

    protected Filing() {
    }

    public Filing(Form form, String organisationId, String createdBy, String creationKey, String data, Instant now) {
        this(form, organisationId, null, null, createdBy, creationKey, data, now);
    }

    /** A filing an intermediary ({@code agentId}) starts for its client under a mandate. */
    public Filing(Form form, String organisationId, String agentId, String mandateReference, String createdBy,
                  String creationKey, String data, Instant now) {
        this.agentId = agentId;
        this.mandateReference = mandateReference;
        this.id = UUID.randomUUID().toString();
        this.form = form;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.creationKey = creationKey;
        this.data = data;
        this.authorityId = form.authorityId();
        this.status = FilingStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void replaceData(String newData, String userId, Instant now) {
        requireEditable();
        this.data = newData;
        changedBy(userId, now);
    }

    /** Adds a document to the draft; a new one for a slot replaces the old one. */
    public void attach(Attachment attachment, String userId, Instant now) {
        requireEditable();
        attachments.removeIf(existing -> existing.slot().equals(attachment.slot()));
        attachments.add(attachment);
        changedBy(userId, now);
    }

    public Attachment detach(String attachmentId, String userId, Instant now) {
        requireEditable();
        Attachment attachment = attachment(attachmentId).orElseThrow(Rejection::notFound);
        attachments.remove(attachment);
        changedBy(userId, now);
        return attachment;
    }

    private void changedBy(String userId, Instant now) {
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    /**
     * Submits the draft. Without a fee the legal clock starts: the authority must decide within the form's lead
     * time. With one, the filing waits for its payment, and the clock starts when it is paid.
     */
    public void submit(String newReference, Instant sealedAt, String userId, Locale applicantLanguage, boolean feeDue) {
        requireDraft();
        this.reference = newReference;
        this.submittedAt = sealedAt;
        this.submittedBy = userId;
        this.language = applicantLanguage.toLanguageTag();
        changedBy(userId, sealedAt);
        if (feeDue) {
            this.status = FilingStatus.AWAITING_PAYMENT;
        } else {
            startLegalClock(sealedAt);
        }
    }

    /** The fee is paid: the authority takes the filing up, and its legal clock starts now. */
    public void feePaid(Instant now) {
        if (status != FilingStatus.AWAITING_PAYMENT) {
            throw new IllegalStateException("filing " + reference + " is not waiting for its fee");
        }
        startLegalClock(now);
        this.updatedAt = now;
    }

    private void startLegalClock(Instant from) {
        this.status = FilingStatus.SUBMITTED;
        this.decisionDue = from.plus(form.definition().leadTime());
    }

    /** Gives the open case to a clerk, the one who claims it or a colleague. */
    public void assign(String clerkId, Instant now) {
        requireOpen();
        this.assignee = clerkId;
        this.status = FilingStatus.IN_REVIEW;
        this.updatedAt = now;
    }

    /** The authority let the legal deadline pass on a form whose law makes silence an approval. */
    public void approveTacitly(Instant now) {
        requireOpen();
        if (!form.definition().tacitApproval() || now.isBefore(decisionDue)) {
            throw new IllegalStateException("filing " + reference + " cannot be approved tacitly now");
        }
        this.outcome = Outcome.TACITLY_APPROVED;
        this.decidedAt = now;
        this.status = FilingStatus.APPROVED;
        this.updatedAt = now;
    }

    /**
     * The clerk who holds the case asks the firm for what is missing. The legal clock stands still until the
     * firm completes the filing, which it may until {@code completionTime} has passed.
     */
    public void requestCompletion(String clerkId, String missing, Instant now) {
        requireOpen();
        if (!clerkId.equals(assignee)) {
            throw new Rejection(ProblemType.CASE_NOT_CLAIMED);
        }
        this.completionRequest = missing;
        this.completionRequestedAt = now;
        this.completionDue = now.plus(form.definition().completionTime());
        this.status = FilingStatus.TO_COMPLETE;
        this.updatedAt = now;
    }

    /** The firm completed its filing in time: the case returns to its clerk, the deadline moved by the wait. */
    public void complete(Instant now) {
        if (status != FilingStatus.TO_COMPLETE) {
            throw new Rejection(status == FilingStatus.WITHDRAWN ? ProblemType.COMPLETION_CLOSED : ProblemType.NO_COMPLETION_REQUESTED,
                    reference, completionDue);
        }
        if (!now.isBefore(completionDue)) {
            throw new Rejection(ProblemType.COMPLETION_CLOSED, reference, completionDue);
        }
        this.decisionDue = decisionDue.plus(Duration.between(completionRequestedAt, now));
        this.status = FilingStatus.IN_REVIEW;
        this.updatedAt = now;
    }

    /** Nothing came by the completion deadline: the case is closed as withdrawn. */
    public void withdrawUncompleted(Instant now) {
        if (status != FilingStatus.TO_COMPLETE || now.isBefore(completionDue)) {
            throw new IllegalStateException("filing " + reference + " is not waiting for an overdue completion");
        }
        this.status = FilingStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    public boolean isOpen() {
        return status == FilingStatus.SUBMITTED || status == FilingStatus.IN_REVIEW;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new Rejection(ProblemType.CASE_NOT_OPEN);
        }
    }

    public void decide(Outcome decided, String decisionReason, String clerkId, Instant now) {
        requireOpen();
        if (!clerkId.equals(assignee)) {
            throw new Rejection(ProblemType.CASE_NOT_CLAIMED);
        }
        this.outcome = decided;
        this.reason = decisionReason;
        this.decidedBy = clerkId;
        this.decidedAt = now;
        this.status = decided.status();
        this.updatedAt = now;
    }

    public boolean isDraft() {
        return status == FilingStatus.DRAFT;
    }

    /** A draft, or a filing the authority asked the firm to complete. */
    public boolean isEditable() {
        return status == FilingStatus.DRAFT || status == FilingStatus.TO_COMPLETE;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new Rejection(ProblemType.FILING_ALREADY_SUBMITTED, reference);
        }
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new Rejection(ProblemType.FILING_ALREADY_SUBMITTED, reference);
        }
    }

    public Optional<Attachment> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    public String id() {
        return id;
    }

    public Form form() {
        return form;
    }

    public String organisationId() {
        return organisationId;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy == null ? createdBy : updatedBy;
    }

    /** Whether an intermediary files it for the firm, under a mandate. */
    public boolean isRepresented() {
        return agentId != null;
    }

    public String agentId() {
        return agentId;
    }

    public String mandateReference() {
        return mandateReference;
    }

    public String data() {
        return data;
    }

    public FilingStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String reference() {
        return reference;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Locale language() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    public String assignee() {
        return assignee;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant decisionDue() {
        return decisionDue;
    }

    /** When the authority's queue is warned that the deadline is near: three days before, or a third of a shorter lead time. */
    public Instant dueSoonFrom() {
        Duration leadTime = form.definition().leadTime();
        Duration warning = leadTime.dividedBy(3).compareTo(DUE_SOON) < 0 ? leadTime.dividedBy(3) : DUE_SOON;
        return decisionDue.minus(warning);
    }

    public String completionRequest() {
        return completionRequest;
    }

    public Instant completionDue() {
        return completionDue;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }
}
