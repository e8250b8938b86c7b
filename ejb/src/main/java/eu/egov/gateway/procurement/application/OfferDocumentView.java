package eu.egov.gateway.procurement.application;

import java.time.Instant;

import eu.egov.gateway.procurement.domain.OfferDocument;

/** An offer document as the firm sees it before the opening: its name and proof, never its content. */
public record OfferDocumentView(String id, String fileName, String mediaType, long size, String sha256, Instant uploadedAt) {

    static OfferDocumentView of(OfferDocument document) {
        return new OfferDocumentView(document.id(), document.fileName(), document.mediaType(), document.size(),
                document.sha256(), document.uploadedAt());
    }
}
