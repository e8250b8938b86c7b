package eu.egov.gateway.filing.domain;

/** What a payment received for a fee did to it: every outcome but {@link #PAID} is for a person to resolve. */
public enum PaymentOutcome {
    /** The fee is paid exactly, with this payment and any before it. */
    PAID,
    /** Less than is due so far: the fee stays unpaid. */
    PARTIAL,
    /** The fee is paid, with a surplus to give back. */
    OVERPAID,
    /** The reference names a fee whose payment time has ended. */
    EXPIRED,
    /** No fee has this reference (or it is not one), or the payment is in another currency. */
    UNMATCHED;

    public boolean needsResolution() {
        return this != PAID;
    }
}
