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

/** A signed PDF the gateway issued in a tender: a bid's receipt, a withdrawal's, or the opening report. */
@Entity
@Table(name = "procurement_document", indexes = {
        @Index(name = "document_by_bid", columnList = "bid_id, kind"),
        @Index(name = "document_by_tender", columnList = "tender_id, kind")})
public class ProcurementDocument {

    public enum Kind { BID_RECEIPT, WITHDRAWAL_RECEIPT, OPENING_REPORT }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    /** The bid a receipt is for; none for the opening report. */
    @Column(name = "bid_id", length = 36)
    private String bidId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Lob
    @Column(nullable = false)
    private byte[] pdf;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected ProcurementDocument() {
    }

    public ProcurementDocument(String tenderId, String bidId, Kind kind, byte[] pdf, String sha256, Instant issuedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenderId = tenderId;
        this.bidId = bidId;
        this.kind = kind;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.issuedAt = issuedAt;
    }

    public Kind kind() {
        return kind;
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
