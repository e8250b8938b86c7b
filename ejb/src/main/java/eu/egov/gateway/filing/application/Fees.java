package eu.egov.gateway.filing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.CaseEvent;
import eu.egov.gateway.filing.domain.CreditorReference;
import eu.egov.gateway.filing.domain.Fee;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.PaymentOutcome;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.Settings;
import eu.egov.gateway.workflow.application.FilingWorkflow;

/**
 * Filing fees: what a firm must pay and under which reference, and the payments the authority's bank
 * received for them. The payment that settles a fee sends the filing to the authority's queue.
 */
@Stateless
public class Fees {

    @Inject
    private FilingRepository filings;

    @Inject
    private FilingAccess access;

    @Inject
    private IdentityRepository identities;

    @Inject
    private FilingWorkflow workflow;

    @Inject
    private ApplicantNotices applicants;

    @Inject
    private AuditLog audit;

    /** The fee of a filing the caller may read; 404 if it has none. */
    public FeeView of(Caller caller, String filingId) {
        Filing filing = access.visible(caller, filingId);
        return filings.fee(filing.id()).map(fee -> view(fee, filing)).orElseThrow(Rejection::notFound);
    }

    /**
     * A payment the authority's bank booked under a reference. Unless it settles the fee exactly, a person
     * must look at it; a payment that completes the fee starts the filing's legal clock and tells the firm.
     */
    public Credited credit(Caller finance, String reference, BigDecimal amount, String currency, LocalDate bookedOn) {
        finance.require(Role.FINANCE);
        Optional<Fee> fee = CreditorReference.parse(reference)
                .flatMap(valid -> filings.feeForUpdate(finance.organisationId(), valid));
        if (fee.isEmpty()) {
            return new Credited(PaymentOutcome.UNMATCHED, BigDecimal.ZERO, null, null);
        }
        Filing filing = filings.filingForUpdate(fee.get().filingId()).orElseThrow();
        Instant now = Instant.now();
        Fee.Crediting crediting = fee.get().credit(amount, currency, bookedOn, now);
        if (crediting.settled()) {
            filing.feePaid(now);
            workflow.feePaid(filing.reference(), filing.decisionDue(), filing.dueSoonFrom());
            filings.add(new CaseEvent(filing, CaseEvent.Kind.FEE_PAID, finance.userId(), null, null, now));
            applicants.tell(filing, "/filing.html?id=" + filing.id(), NoticeKind.FEE_PAID,
                    filing.reference(), filing.form().definition().titles(),
                    filing.decisionDue());
            audit.record(finance.username(), "fee.paid", filing.id(), filing.reference() + " " + fee.get().amount());
        }
        return new Credited(crediting.outcome(), crediting.surplus(), filing.reference(), fee.get().dueOn());
    }

    /** A partial payment given back: the fee no longer counts it. */
    public void refund(Caller finance, String filingReference, BigDecimal amount) {
        finance.require(Role.FINANCE);
        filings.feeForUpdate(finance.organisationId(), CreditorReference.of(filingReference))
                .ifPresent(fee -> fee.refund(amount));
    }

    /**
     * Whether the reference names another authority's fee: the account is the gateway's, and that payment is
     * for the other authority's officers to see and book, not this one's.
     */
    public boolean payableToAnotherAuthority(Caller finance, String reference) {
        return CreditorReference.parse(reference).flatMap(filings::fee)
                .filter(fee -> !fee.authorityId().equals(finance.organisationId())).isPresent();
    }

    /**
     * A payment a person credits to the fee of a reference they found: like {@link #credit}, but a reference that
     * is not one, names no fee of the authority, or whose payment time ended is refused.
     */
    public Credited assign(Caller finance, String reference, BigDecimal amount, String currency, LocalDate bookedOn) {
        CreditorReference valid = CreditorReference.parse(reference)
                .orElseThrow(() -> new Rejection(ProblemType.CREDITOR_REFERENCE_INVALID, reference));
        Credited credited = credit(finance, valid.value(), amount, currency, bookedOn);
        return switch (credited.outcome()) {
            case UNMATCHED -> throw new Rejection(ProblemType.CREDITOR_REFERENCE_UNKNOWN, valid.printed());
            case EXPIRED -> throw new Rejection(ProblemType.CREDITOR_REFERENCE_EXPIRED, valid.printed(), credited.dueOn());
            default -> credited;
        };
    }

    /**
     * What a payment did: its outcome, any surplus, and the filing whose fee it was for with the fee's last day
     * to pay (both null if none).
     */
    public record Credited(PaymentOutcome outcome, BigDecimal surplus, String filingReference, LocalDate dueOn) {
    }

    private FeeView view(Fee fee, Filing filing) {
        String payee = identities.organisation(fee.authorityId()).map(Organisation::name).orElse(null);
        return new FeeView(filing.id(), filing.reference(), fee.amount(), fee.currency(), payee, Settings.feeAccountIban(),
                fee.creditorReference().printed(), fee.dueOn(), fee.status().name(),
                fee.isExpired(LocalDate.now(ZoneOffset.UTC)), fee.received(), fee.paidAt());
    }
}
