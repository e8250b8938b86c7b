package eu.egov.gateway.filing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The fee a filing must pay before the authority takes it up, as the form's decision table computed it from
 * the sealed data, and the creditor reference the firm pays it under by its payment deadline.
 */
@Entity
@Table(name = "fee")
public class Fee {

    public static final String EURO = "EUR";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, unique = true, length = 36)
    private String filingId;

    @Column(name = "authority_id", nullable = false, length = 36)
    private String authorityId;

    @Column(name = "creditor_reference", nullable = false, unique = true, length = 25)
    private String creditorReference;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    /** The last day (UTC) a payment may be booked on. */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** What the bank has credited under the reference so far. */
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal received;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeeStatus status;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    private long version;

    protected Fee() {
    }

    public Fee(Filing filing, BigDecimal amount, Instant submittedAt) {
        this.id = UUID.randomUUID().toString();
        this.filingId = filing.id();
        this.authorityId = filing.form().authorityId();
        this.creditorReference = CreditorReference.of(filing.reference()).value();
        this.amount = amount;
        this.currency = EURO;
        this.dueOn = submittedAt.plus(filing.form().definition().paymentTime()).atOffset(ZoneOffset.UTC).toLocalDate();
        this.received = BigDecimal.ZERO.setScale(2);
        this.status = FeeStatus.DUE;
    }

    /**
     * A payment the bank booked under this fee's reference. It counts if booked by the due date and in the
     * fee's currency; payments add up, so a second one can complete a partial one.
     */
    public Crediting credit(BigDecimal payment, String paymentCurrency, LocalDate bookedOn, Instant now) {
        if (!currency.equals(paymentCurrency)) {
            return new Crediting(PaymentOutcome.UNMATCHED, BigDecimal.ZERO, false);
        }
        if (status == FeeStatus.PAID) {
            return new Crediting(PaymentOutcome.OVERPAID, payment, false);
        }
        if (bookedOn.isAfter(dueOn)) {
            return new Crediting(PaymentOutcome.EXPIRED, BigDecimal.ZERO, false);
        }
        received = received.add(payment);
        int comparison = received.compareTo(amount);
        if (comparison < 0) {
            return new Crediting(PaymentOutcome.PARTIAL, BigDecimal.ZERO, false);
        }
        status = FeeStatus.PAID;
        paidAt = now;
        return comparison == 0 ? new Crediting(PaymentOutcome.PAID, BigDecimal.ZERO, true)
                : new Crediting(PaymentOutcome.OVERPAID, received.subtract(amount), true);
    }

    /** A partial payment that was given back; a paid fee keeps what paid it. */
    public void refund(BigDecimal payment) {
        if (status == FeeStatus.PAID) {
            throw new IllegalStateException("fee " + creditorReference + " is paid; only a surplus goes back");
        }
        received = received.subtract(payment);
    }

    /** What a payment did to the fee; {@code settled} when it is the one that paid it. */
    public record Crediting(PaymentOutcome outcome, BigDecimal surplus, boolean settled) {
    }

    public boolean isExpired(LocalDate today) {
        return status == FeeStatus.DUE && today.isAfter(dueOn);
    }

    public String id() {
        return id;
    }

    public String filingId() {
        return filingId;
    }

    public String authorityId() {
        return authorityId;
    }

    public CreditorReference creditorReference() {
        return new CreditorReference(creditorReference);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public BigDecimal received() {
        return received;
    }

    public FeeStatus status() {
        return status;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
