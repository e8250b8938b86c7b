package eu.egov.gateway.payment.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import eu.egov.gateway.payment.domain.ReceivedPayment;

/** A payment from a bank statement, what reconciliation made of it, and how a person resolved it if they did. */
public record PaymentView(String id, String bankReference, String statementId, BigDecimal amount, String currency,
                          LocalDate bookedOn, String remittance, String debtor, String outcome, BigDecimal surplus,
                          String filingReference, boolean toResolve, String resolution, String resolutionNote,
                          Instant resolvedAt) {

    static PaymentView of(ReceivedPayment payment) {
        return new PaymentView(payment.id(), payment.bankReference(), payment.statementId(), payment.amount(),
                payment.currency(), payment.bookedOn(), payment.remittance(), payment.debtor(), payment.outcome().name(),
                payment.surplus(), payment.filingReference(), payment.toResolve(),
                payment.resolution() == null ? null : payment.resolution().name(), payment.resolutionNote(),
                payment.resolvedAt());
    }
}
