package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

/**
 * Where the opening of a tender stands: who has entered a passphrase and how many are needed; once
 * open, each bid with its firm, its content, its documents and whether they match the receipt, and the bids that
 * stayed sealed because their firms did not confirm them after a corrigendum.
 */
public record OpeningView(String reference, String status, int needed, Set<String> entered, Instant openedAt,
                          List<OpenedBidView> bids, List<NotOpenedBidView> notOpened) {

    public record OpenedBidView(String bidId, String organisation, JsonObject bid, String sha256, boolean matchesReceipt,
                                List<BidView.Member> consortium, List<OpenedDocumentView> documents) {
    }

    /** An offer document the bid named: it matches the receipt if its decrypted bytes have the hash the bid sealed. */
    public record OpenedDocumentView(String id, String fileName, long size, String sha256, boolean matchesReceipt) {
    }

    /** A bid received but not opened: a corrigendum changed the call after it and the firm did not confirm it. */
    public record NotOpenedBidView(String bidId, String organisation, String sha256, Instant submittedAt) {
    }
}
