package eu.egov.gateway.identity.application;

import java.time.Instant;
import java.util.List;

/**
 * A mandate as both its sides see it. {@code forms} is empty when it covers every form; {@code state} is PENDING
 * before it starts, ACTIVE while it runs, then EXPIRED or REVOKED.
 */
public record MandateView(String reference, Party principal, Party agent, List<String> forms, Instant validFrom,
                          Instant validUntil, Instant revokedAt, String state, String grantedBy) {

    /** A firm, named and identified as in its business register. */
    public record Party(String id, String name, String country, String registrationNumber) {
    }

    /** The mandates the caller's firm gave to intermediaries, and those it holds from its clients. */
    public record Both(List<MandateView> given, List<MandateView> received) {
    }
}
