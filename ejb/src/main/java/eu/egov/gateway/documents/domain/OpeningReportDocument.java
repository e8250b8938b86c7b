package eu.egov.gateway.documents.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the opening board found when it opened the bids of a tender: one line per bid and lot, in the order given,
 * the offer documents the bids named, and the bids received but not opened because their firm did not confirm them
 * after a corrigendum. Optional texts may be {@code null}: the report then leaves that line or cell out.
 */
public record OpeningReportDocument(Locale locale, String tenderReference, String tenderTitle, String authority,
        Instant submissionDeadline, Instant openedAt, List<String> openedBy,
        List<Line> bids, List<DocumentLine> documents, List<NotOpened> notOpened) {

    public OpeningReportDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(tenderReference, "tenderReference");
        Objects.requireNonNull(openedAt, "openedAt");
        openedBy = List.copyOf(openedBy);
        bids = List.copyOf(bids);
        documents = List.copyOf(documents);
        notOpened = List.copyOf(notOpened);
    }

    /**
     * One opened bid. {@code currency} is an ISO 4217 code such as {@code EUR}; {@code matchesReceipt} says whether
     * the SHA-256 of the bid opened is the one on the bidder's receipt.
     */
    public record Line(String bidder, int lot, BigDecimal price, String currency, Instant submittedAt,
                       String sha256, boolean matchesReceipt) {
    }

    /** An offer document an opened bid named; {@code matchesReceipt}: its SHA-256 is the one the bid sealed. */
    public record DocumentLine(String bidder, String fileName, String sha256, boolean matchesReceipt) {
    }

    /** A bid that stayed sealed: its firm neither confirmed nor replaced it after a corrigendum. */
    public record NotOpened(String bidder, Instant submittedAt, String sha256) {
    }
}
