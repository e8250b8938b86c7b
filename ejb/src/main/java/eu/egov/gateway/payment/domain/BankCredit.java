package eu.egov.gateway.payment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit transfer booked to the authority's account, as its bank reports it: the bank's own reference for it
 * (AcctSvcrRef, what makes a replayed statement harmless), the amount, the day it was booked, the remittance
 * reference the payer gave (structured or free text; null if none) and the payer's name.
 */
public record BankCredit(String bankReference, BigDecimal amount, String currency, LocalDate bookedOn,
                         String remittance, String debtor) {
}
