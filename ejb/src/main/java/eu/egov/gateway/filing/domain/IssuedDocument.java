package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A signed PDF the gateway issued for a filing: its receipt or its decision. */
@Entity
@Table(name = "issued_document", uniqueConstraints = @UniqueConstraint(columnNames = {"filing_id", "kind"}))
public class IssuedDocument {

    public enum Kind { RECEIPT, DECISION }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, length = 36)
    private String filingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Lob
    @Column(nullable = false)
    private byte[] pdf;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedDocument() {
    }

    public IssuedDocument(String filingId, Kind kind, byte[] pdf, String sha256, Instant issuedAt) {
        this.id = UUID.randomUUID().toString();
        this.filingId = filingId;
        this.kind = kind;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.issuedAt = issuedAt;
    }

    public String filingId() {
        return filingId;
    }

    public Kind kind() {
        return kind;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String sha256() {
        return sha256;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
