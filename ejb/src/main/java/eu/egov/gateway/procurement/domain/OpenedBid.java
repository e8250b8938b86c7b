package eu.egov.gateway.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A bid as the opening found it: its content, readable from now on, and whether it is byte for byte
 * what the firm's receipt names (its SHA-256 matches).
 */
@Entity
@Table(name = "opened_bid", indexes = @Index(name = "opened_bid_by_tender", columnList = "tender_id"))
public class OpenedBid {

    @Id
    @Column(name = "bid_id", length = 36)
    private String bidId;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    /** The canonical JSON that was sealed: tender, firm, nonce and the bid itself. */
    @Lob
    @Column(nullable = false)
    private String content;

    @Column(name = "matches_receipt", nullable = false)
    private boolean matchesReceipt;

    protected OpenedBid() {
    }

    public OpenedBid(Bid bid, String content, boolean matchesReceipt) {
        this.bidId = bid.id();
        this.tenderId = bid.tenderId();
        this.organisationId = bid.organisationId();
        this.content = content;
        this.matchesReceipt = matchesReceipt;
    }

    public String bidId() {
        return bidId;
    }

    public String tenderId() {
        return tenderId;
    }

    public String organisationId() {
        return organisationId;
    }

    public String content() {
        return content;
    }

    public boolean matchesReceipt() {
        return matchesReceipt;
    }
}
