package eu.egov.gateway.filing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a firm needs to pay a filing's fee by bank transfer, and where the payment stands: the payee and its
 * IBAN, the amount and the ISO 11649 creditor reference (printed in groups of four), the last day to pay.
 */
public record FeeView(String filingId, String filingReference, BigDecimal amount, String currency, String payee,
                      String iban, String creditorReference, LocalDate dueOn, String status, boolean expired,
                      BigDecimal received, Instant paidAt) {
}
