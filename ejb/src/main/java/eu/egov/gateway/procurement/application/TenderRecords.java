package eu.egov.gateway.procurement.application;

import java.io.ByteArrayInputStream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.ProcurementDocument;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Download;
import eu.egov.gateway.shared.domain.Rejection;

/** The signed PDFs of a tender, for those who may have them: a firm its receipts, the authority the report. */
@Stateless
public class TenderRecords {

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderAccess access;

    /** A receipt of the firm's own bid; any other firm's bid is "not found". */
    public Download bidReceipt(Caller caller, String reference, String bidId, boolean withdrawal) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid bid = tenders.bid(bidId)
                .filter(b -> b.tenderId().equals(tender.id()) && b.organisationId().equals(caller.organisationId()))
                .orElseThrow(Rejection::notFound);
        ProcurementDocument.Kind kind = withdrawal ? ProcurementDocument.Kind.WITHDRAWAL_RECEIPT : ProcurementDocument.Kind.BID_RECEIPT;
        return pdf((withdrawal ? "withdrawal-" : "bid-") + bid.id() + ".pdf",
                tenders.bidDocument(bid.id(), kind).orElseThrow(Rejection::notFound));
    }

    /** The opening report, for the authority's officers and the tender's board. */
    public Download openingReport(Caller caller, String tenderId) {
        Tender tender = access.officerOrBoard(caller, tenderId);
        return pdf("opening-report-" + tender.reference() + ".pdf",
                tenders.openingReport(tender.id()).orElseThrow(Rejection::notFound));
    }

    private static Download pdf(String name, ProcurementDocument document) {
        byte[] pdf = document.pdf();
        return new Download(name, "application/pdf", pdf.length, new ByteArrayInputStream(pdf));
    }
}
