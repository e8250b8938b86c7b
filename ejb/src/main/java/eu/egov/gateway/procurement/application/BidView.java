package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.List;

/**
 * What the gateway says of a bid before the opening: that it was received, when, and the SHA-256 of
 * what was sealed, so the firm can prove it; never its content.
 */
public record BidView(String id, String status, Instant submittedAt, String sha256, Instant withdrawnAt,
                      boolean needsConfirmation, List<Member> consortium) {

    /** A consortium member the bid names, and whether its own user confirmed. */
    public record Member(String organisation, boolean confirmed) {
    }
}
