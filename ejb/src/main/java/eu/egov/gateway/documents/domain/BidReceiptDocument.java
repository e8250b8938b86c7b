package eu.egov.gateway.documents.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the receipt for a bid on a public tender says: only what proves that the sealed bid was received (who, when,
 * which bid, its SHA-256), never what it offers. With {@code withdrawal}, it is the receipt for withdrawing that bid,
 * and {@code submittedBy} and {@code submittedAt} are who withdrew it and when. Optional texts may be {@code null}:
 * the receipt then leaves that line out. {@code documents} are the offer documents sealed with the bid, named by
 * file name and the SHA-256 of their content.
 */
public record BidReceiptDocument(Locale locale, String tenderReference, String tenderTitle, String authority,
        String bidder, String submittedBy, Instant submittedAt, String sha256, String bidId,
        boolean withdrawal, List<SealedDocument> documents) {

    public BidReceiptDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(tenderReference, "tenderReference");
        Objects.requireNonNull(submittedAt, "submittedAt");
        documents = List.copyOf(documents);
    }

    public record SealedDocument(String fileName, String sha256) {
    }
}
