package eu.egov.gateway.payment.domain;

import java.util.List;

/**
 * One account statement of an ISO 20022 camt.053 message: the bank's id for it, the account's IBAN, the booked
 * credit transfers, and how many other entries (debits, pending bookings) it reports, which reconciliation skips.
 */
public record BankStatement(String id, String iban, List<BankCredit> credits, int otherEntries) {

    public BankStatement {
        credits = List.copyOf(credits);
    }
}
