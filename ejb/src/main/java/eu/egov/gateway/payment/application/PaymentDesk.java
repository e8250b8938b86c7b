package eu.egov.gateway.payment.application;

import java.time.Instant;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.application.Fees;
import eu.egov.gateway.filing.domain.PaymentOutcome;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.payment.domain.PaymentRepository;
import eu.egov.gateway.payment.domain.ReceivedPayment;
import eu.egov.gateway.payment.domain.Resolution;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * The finance officers' desk: the payments reconciliation could not settle (partial, over- and unmatched,
 * late), and their resolution by a person, who says how and why.
 */
@Stateless
public class PaymentDesk {

    private static final int MAX_NOTE = 2000;

    @Inject
    private PaymentRepository payments;

    @Inject
    private Fees fees;

    @Inject
    private AuditLog audit;

    public Page<PaymentView> list(Caller caller, boolean toResolveOnly, int offset, int limit) {
        caller.require(Role.FINANCE);
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(payments.payments(caller.organisationId(), toResolveOnly, from, size).stream()
                .map(PaymentView::of).toList(), from, size, payments.countPayments(caller.organisationId(), toResolveOnly));
    }

    /**
     * Resolves a payment with a note: refunded, accepted as it is, or assigned to the fee of the creditor
     * reference the person found, which then counts it as if the payer had given that reference.
     */
    public PaymentView resolve(Caller caller, String paymentId, Resolution how, String note, String creditorReference) {
        caller.require(Role.FINANCE);
        ReceivedPayment payment = payments.paymentForUpdate(caller.organisationId(), paymentId)
                .orElseThrow(Rejection::notFound);
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw Rejection.invalid("note", SchemaCheck.wording("text.required", caller.language(), MAX_NOTE));
        }
        Instant now = Instant.now();
        payment.resolve(how, note.strip(), caller.userId(), now);
        if (how == Resolution.REFUNDED && payment.outcome() == PaymentOutcome.PARTIAL) {
            // the money went back, so it no longer counts towards the fee
            fees.refund(caller, payment.filingReference(), payment.amount());
        }
        if (how == Resolution.ASSIGNED) {
            if (creditorReference == null || creditorReference.isBlank()) {
                throw Rejection.invalid("creditorReference", SchemaCheck.wording("required", caller.language()));
            }
            if (!payment.isUnassigned()) {
                throw new Rejection(ProblemType.PAYMENT_ALREADY_CREDITED, payment.filingReference());
            }
            Fees.Credited credited = fees.assign(caller, creditorReference, payment.amount(), payment.currency(),
                    payment.bookedOn());
            payment.assign(credited.outcome(), credited.surplus(), credited.filingReference());
        }
        audit.record(caller.username(), "payment.resolved", payment.id(),
                how.name().toLowerCase(Locale.ROOT) + " " + payment.bankReference());
        return PaymentView.of(payment);
    }
}
