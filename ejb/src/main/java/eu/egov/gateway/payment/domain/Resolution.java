package eu.egov.gateway.payment.domain;

/** How a person settled a payment reconciliation could not. */
public enum Resolution {
    /** The money went back to the payer. */
    REFUNDED,
    /** Credited to the fee of the reference the person found (a mistyped or missing one). */
    ASSIGNED,
    /** Kept as it is: a partial payment the firm will complete, a surplus too small to return. */
    ACCEPTED
}
