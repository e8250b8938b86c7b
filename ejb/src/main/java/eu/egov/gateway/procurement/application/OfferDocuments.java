package eu.egov.gateway.procurement.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.OfferDocument;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.procurement.domain.TenderSealing;
import eu.egov.gateway.procurement.domain.TenderStatus;
import eu.egov.gateway.shared.domain.Download;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.StoredFile;
import eu.egov.gateway.shared.infrastructure.FileStorage;
import eu.egov.gateway.shared.infrastructure.Settings;
import eu.egov.gateway.trust.application.BidSealing;

/**
 * A firm's offer documents: sealed to the tender's key while they stream in, so that no clear byte of
 * them reaches the disk before the opening; a bid then names them. After the opening the authority's
 * officers and the board read the decrypted copies.
 */
@Stateless
public class OfferDocuments {

    private static final List<String> ACCEPTED = List.of("application/pdf");

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderAccess access;

    @Inject
    private FileStorage storage;

    @Inject
    private BidSealing sealing;

    @Inject
    private AuditLog audit;

    public OfferDocumentView upload(Caller caller, String reference, String fileName, long declaredLength, InputStream content) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid.requireOpen(tender, Instant.now());
        long limit = Settings.uploadMaxBytes();
        if (declaredLength > limit) {
            throw Rejection.tooLarge(ProblemType.ATTACHMENT_TOO_LARGE, limit);
        }
        byte[] tenderKey = tenders.sealing(tender.id()).map(TenderSealing::keys).orElseThrow(() -> new IllegalStateException(
                "published tender " + tender.reference() + " has no sealing key")).publicKey();
        StoredFile sealed = storage.store(content, limit, ACCEPTED, (clear, out) -> sealing.seal(clear, out, tenderKey));
        OfferDocument document = new OfferDocument(tender, caller.organisationId(), caller.userId(),
                FileStorage.safeName(fileName), sealed, Instant.now());
        tenders.add(document);
        audit.record(caller.username(), "bid.document-uploaded", tender.id(), document.id() + " " + document.sha256());
        return OfferDocumentView.of(document);
    }

    public List<OfferDocumentView> ofFirm(Caller caller, String reference) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        return tenders.offerDocuments(tender.id(), caller.organisationId()).stream().map(OfferDocumentView::of).toList();
    }

    /** The decrypted copy of a document that an opened bid names, for the authority's officers and the board. */
    public Download opened(Caller caller, String tenderId, String bidId, String documentId) {
        Tender tender = access.officerOrBoard(caller, tenderId);
        if (tender.status() != TenderStatus.OPENED) {
            throw Rejection.notFound();
        }
        OfferDocument document = tenders.openedBids(tender.id()).stream()
                .filter(bid -> bid.bidId().equals(bidId))
                .flatMap(bid -> tenders.offerDocuments(tender.id(), bid.organisationId()).stream())
                .filter(d -> d.id().equals(documentId) && d.openedKey() != null)
                .findFirst().orElseThrow(Rejection::notFound);
        return new Download(document.fileName(), document.mediaType(), document.size(), storage.open(document.openedKey()));
    }
}
