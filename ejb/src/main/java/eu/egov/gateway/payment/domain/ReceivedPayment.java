package eu.egov.gateway.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import eu.egov.gateway.filing.domain.PaymentOutcome;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A credit transfer read from one of the authority's bank statements, and what reconciliation made of it. One
 * per bank reference: a statement imported twice pays nothing twice. Those that did not settle a fee exactly
 * wait for a person to resolve them.
 */
@Entity
@Table(name = "received_payment",
        uniqueConstraints = @UniqueConstraint(columnNames = "bank_reference"),
        indexes = @Index(name = "payment_to_resolve", columnList = "authority_id, resolution, booked_on"))
public class ReceivedPayment {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "authority_id", nullable = false, length = 36)
    private String authorityId;

    @Column(name = "bank_reference", nullable = false, length = 140)
    private String bankReference;

    @Column(name = "statement_id", nullable = false, length = 140)
    private String statementId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    /** The reference the payer gave, as written. */
    @Column(length = 140)
    private String remittance;

    @Column(length = 140)
    private String debtor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentOutcome outcome;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal surplus;

    @Column(name = "filing_reference", length = 32)
    private String filingReference;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 36)
    private String importedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution resolution;

    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    @Column(name = "resolved_by", length = 36)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected ReceivedPayment() {
    }

    public ReceivedPayment(String authorityId, String statementId, BankCredit credit, PaymentOutcome outcome,
                           BigDecimal surplus, String filingReference, String importedBy, Instant importedAt) {
        this.id = UUID.randomUUID().toString();
        this.authorityId = authorityId;
        this.statementId = statementId;
        this.bankReference = credit.bankReference();
        this.amount = credit.amount();
        this.currency = credit.currency();
        this.bookedOn = credit.bookedOn();
        this.remittance = credit.remittance();
        this.debtor = credit.debtor();
        this.outcome = outcome;
        this.surplus = surplus;
        this.filingReference = filingReference;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** Whether a person must still look at it: it did not settle a fee exactly, and nobody has resolved it. */
    public boolean toResolve() {
        return outcome.needsResolution() && resolution == null;
    }

    /** A person settles it, saying how and why. */
    public void resolve(Resolution how, String note, String userId, Instant now) {
        if (!toResolve()) {
            throw new Rejection(ProblemType.PAYMENT_ALREADY_RESOLVED);
        }
        this.resolution = how;
        this.resolutionNote = note;
        this.resolvedBy = userId;
        this.resolvedAt = now;
    }

    /**
     * A person found the fee it was meant for: what crediting it there did. If that paid too little or too
     * much, the payment is back on the list, for the rest to be settled.
     */
    public void assign(PaymentOutcome credited, BigDecimal newSurplus, String toFiling) {
        this.outcome = credited;
        this.surplus = newSurplus;
        this.filingReference = toFiling;
        if (credited.needsResolution()) {
            this.resolution = null;
        }
    }

    /** Only a payment that paid nothing yet can be credited to a fee by hand. */
    public boolean isUnassigned() {
        return outcome == PaymentOutcome.UNMATCHED || outcome == PaymentOutcome.EXPIRED;
    }

    public String id() {
        return id;
    }

    public String authorityId() {
        return authorityId;
    }

    public String bankReference() {
        return bankReference;
    }

    public String statementId() {
        return statementId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate bookedOn() {
        return bookedOn;
    }

    public String remittance() {
        return remittance;
    }

    public String debtor() {
        return debtor;
    }

    public PaymentOutcome outcome() {
        return outcome;
    }

    public BigDecimal surplus() {
        return surplus;
    }

    public String filingReference() {
        return filingReference;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Resolution resolution() {
        return resolution;
    }

    public String resolutionNote() {
        return resolutionNote;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
