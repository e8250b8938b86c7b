package eu.egov.gateway.payment.application;

import java.util.List;

/**
 * What importing a camt.053 file did: the statements read, each new payment with its outcome, how many the
 * gateway had already read from an earlier import (and left as they were), how many paid another authority's
 * fees (left for its finance officers to import), and how many entries were not booked credits (debits,
 * pending bookings).
 */
public record ImportedStatement(List<String> statements, List<PaymentView> payments, int alreadyImported,
                                int forOtherAuthorities, int otherEntries) {
}
