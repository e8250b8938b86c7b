package eu.egov.gateway.notification.domain;

public enum DeliveryStatus {
    /** Waiting for its first attempt or for a retry. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt of the retry schedule failed; the gateway has given up. */
    FAILED
}
