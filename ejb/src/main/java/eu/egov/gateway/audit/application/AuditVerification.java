package eu.egov.gateway.audit.application;

/** The outcome of walking the audit chain: intact, or the sequence number of the first broken event. */
public record AuditVerification(boolean intact, long eventsChecked, Long firstBrokenEvent) {
}
