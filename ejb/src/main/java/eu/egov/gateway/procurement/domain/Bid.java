package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A firm's bid on a tender, as the gateway holds it before the opening: sealed to the tender's key,
 * with the proof of what was sealed when (the SHA-256 of the clear bid, the gateway's seal over it
 * and the time-stamp). Nothing here reveals the bid's content.
 */
@Entity
@Table(name = "bid", indexes = @Index(name = "bid_by_tender", columnList = "tender_id, organisation_id, status"))
public class Bid {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "submitted_by", nullable = false, length = 36)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BidStatus status;

    /** CMS AuthEnvelopedData to the tender's key. */
    @Lob
    @Column(nullable = false)
    private byte[] sealed;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false)
    private byte[] seal;

    @Lob
    @Column(name = "time_stamp_token", nullable = false)
    private byte[] timeStampToken;

    /** The time-stamp's time: the deadline is judged by it. */
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Set when a corrigendum changed the tender after this bid: the firm confirms it or replaces it. */
    @Column(name = "needs_confirmation")
    private boolean needsConfirmation;

    protected Bid() {
    }

    public Bid(Tender tender, String organisationId, String userId, byte[] sealed, String sha256, byte[] seal,
               byte[] timeStampToken, Instant stampedAt) {
        requireOpen(tender, stampedAt);
        this.id = UUID.randomUUID().toString();
        this.tenderId = tender.id();
        this.organisationId = organisationId;
        this.submittedBy = userId;
        this.status = BidStatus.SUBMITTED;
        this.sealed = sealed.clone();
        this.sha256 = sha256;
        this.seal = seal.clone();
        this.timeStampToken = timeStampToken.clone();
        this.submittedAt = stampedAt;
    }

    /** Bids are received while the tender is published and before its deadline, to the second of the gateway's clock. */
    public static void requireOpen(Tender tender, Instant now) {
        if (tender.status() != TenderStatus.PUBLISHED || !now.isBefore(tender.submissionDeadline())) {
            throw new Rejection(ProblemType.SUBMISSION_CLOSED, tender.submissionDeadline());
        }
    }

    public void replacedBy(Bid later) {
        this.status = BidStatus.REPLACED;
        this.withdrawnAt = later.submittedAt;
    }

    public void corrigendumPublished() {
        this.needsConfirmation = true;
    }

    /** The firm keeps its bid as it is, under the tender as changed. */
    public void confirm(Tender tender, Instant now) {
        requireOpen(tender, now);
        this.needsConfirmation = false;
    }

    /**
     * Whether the opening opens this bid: the firm's last, not withdrawn, and, if a corrigendum changed the call
     * after it, confirmed since. A bid the firm let stand unconfirmed was made to a call that no longer exists.
     */
    public boolean countsAtOpening() {
        return status == BidStatus.SUBMITTED && !needsConfirmation;
    }

    public boolean needsConfirmation() {
        return needsConfirmation;
    }

    public void withdraw(Tender tender, Instant now) {
        requireOpen(tender, now);
        this.status = BidStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    public String id() {
        return id;
    }

    public String tenderId() {
        return tenderId;
    }

    public String organisationId() {
        return organisationId;
    }

    public BidStatus status() {
        return status;
    }

    public byte[] sealed() {
        return sealed.clone();
    }

    public String sha256() {
        return sha256;
    }

    public byte[] seal() {
        return seal.clone();
    }

    public byte[] timeStampToken() {
        return timeStampToken.clone();
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
