package eu.egov.gateway.notification.domain;

/** Raised when deliveries were written: once their transaction commits, they can go out without waiting. */
public record WebhooksDue() {
}
