package eu.egov.gateway.documents.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the opening board found when it opened the bids of a tender: one line per bid, in the order given. Optional
 * texts may be {@code null}: the report then leaves that line or cell out.
 */
public record OpeningReportDocument(Locale locale, String tenderReference, String tenderTitle, String authority,
        Instant submissionDeadline, Instant openedAt, List<String> openedBy,
        List<Line> bids) {

    public OpeningReportDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(tenderReference, "tenderReference");
        Objects.requireNonNull(openedAt, "openedAt");
        openedBy = List.copyOf(openedBy);
        bids = List.copyOf(bids);
    }

    /**
     * One opened bid. {@code currency} is an ISO 4217 code such as {@code EUR}; {@code matchesReceipt} says whether
     * the SHA-256 of the bid opened is the one on the bidder's receipt.
     */
    public record Line(String bidder, int lot, BigDecimal price, String currency, Instant submittedAt,
                       String sha256, boolean matchesReceipt) {
    }
}
