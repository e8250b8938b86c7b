package eu.egov.gateway.documents.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the receipt for a bid on a public tender says: only what proves that the sealed bid was received (who, when,
 * which bid, its SHA-256), never what it offers. With {@code withdrawal}, it is the receipt for withdrawing that bid,
 * and {@code submittedBy} and {@code submittedAt} are who withdrew it and when. Optional texts may be {@code null}:
 * the receipt then leaves that line out.
 */
public record BidReceiptDocument(Locale locale, String tenderReference, String tenderTitle, String authority,
        String bidder, String submittedBy, Instant submittedAt, String sha256, String bidId,
        boolean withdrawal) {

    public BidReceiptDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(tenderReference, "tenderReference");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
