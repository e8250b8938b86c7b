package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A firm a bid names as a member of the lead's consortium. The firm's own user confirms its
 * participation; until then the consortium is not complete. Kept beside the sealed bid, in the
 * clear, because the member must see the invitation before the opening.
 */
@Entity
@Table(name = "consortium_member", indexes = {
        @Index(name = "member_by_bid", columnList = "bid_id"),
        @Index(name = "member_by_organisation", columnList = "organisation_id, tender_id")})
public class ConsortiumMember {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "bid_id", nullable = false, length = 36)
    private String bidId;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 36)
    private String confirmedBy;

    protected ConsortiumMember() {
    }

    public ConsortiumMember(Bid bid, String organisationId) {
        this.id = UUID.randomUUID().toString();
        this.bidId = bid.id();
        this.tenderId = bid.tenderId();
        this.organisationId = organisationId;
    }

    /** The member's user confirms, while bids are still received. */
    public void confirm(Tender tender, String userId, Instant now) {
        Bid.requireOpen(tender, now);
        this.confirmedAt = now;
        this.confirmedBy = userId;
    }

    public String bidId() {
        return bidId;
    }

    public String organisationId() {
        return organisationId;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
