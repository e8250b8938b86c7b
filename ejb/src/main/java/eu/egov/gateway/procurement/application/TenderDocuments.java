package eu.egov.gateway.procurement.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.StringReader;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.documents.application.DocumentRenderer;
import eu.egov.gateway.documents.domain.BidReceiptDocument;
import eu.egov.gateway.documents.domain.OpeningReportDocument;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.OfferDocument;
import eu.egov.gateway.procurement.domain.OpenedBid;
import eu.egov.gateway.procurement.domain.ProcurementDocument;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.LocalisedText;
import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.trust.application.SealService;

/**
 * Issues the signed PDFs of a tender: receipts of bids and withdrawals, which prove a bid without
 * showing it, and the opening report, which shows every bid once the board has opened them.
 */
@ApplicationScoped
class TenderDocuments {

    @Inject
    private DocumentRenderer renderer;

    @Inject
    private SealService seal;

    @Inject
    private TenderRepository tenders;

    @Inject
    private IdentityRepository identities;

    /** The receipt of a bid and of the offer documents sealed with it. */
    void bidReceipt(Tender tender, Bid bid, List<OfferDocument> sealed, String submittedBy, Locale language) {
        receipt(tender, bid, submittedBy, language, false, sealed.stream()
                .map(document -> new BidReceiptDocument.SealedDocument(document.fileName(), document.sha256())).toList());
    }

    void withdrawalReceipt(Tender tender, Bid bid, String withdrawnBy, Locale language) {
        receipt(tender, bid, withdrawnBy, language, true, List.of());
    }

    private void receipt(Tender tender, Bid bid, String submittedBy, Locale language, boolean withdrawal,
                         List<BidReceiptDocument.SealedDocument> documents) {
        BidReceiptDocument receipt = new BidReceiptDocument(language, tender.reference(),
                LocalisedText.in(tender.draft().title(), language), organisationName(tender.authorityId()),
                organisationName(bid.organisationId()), submittedBy,
                withdrawal ? bid.withdrawnAt() : bid.submittedAt(), bid.sha256(), bid.id(), withdrawal, documents);
        store(tender, bid.id(), withdrawal ? ProcurementDocument.Kind.WITHDRAWAL_RECEIPT : ProcurementDocument.Kind.BID_RECEIPT,
                seal.signPdf(renderer.bidReceipt(receipt), (withdrawal ? "Withdrawal of bid " : "Bid ") + bid.id()));
    }

    void openingReport(Tender tender, Collection<Bid> bids, List<OpenedBid> opened, List<Bid> notOpened,
                       Collection<String> members, Locale language) {
        Map<String, Bid> byId = bids.stream().collect(Collectors.toMap(Bid::id, Function.identity()));
        List<OpeningReportDocument.Line> lines = opened.stream()
                .flatMap(bid -> json(bid.content()).getJsonObject("bid").getJsonArray("lots").getValuesAs(JsonObject.class)
                        .stream()
                        .map(lot -> new OpeningReportDocument.Line(organisationName(bid.organisationId()), lot.getInt("lot"),
                                lot.getJsonNumber("price").bigDecimalValue(), currency(tender, lot.getInt("lot")),
                                byId.get(bid.bidId()).submittedAt(), byId.get(bid.bidId()).sha256(), bid.matchesReceipt())))
                .toList();
        OpeningReportDocument report = new OpeningReportDocument(language, tender.reference(),
                LocalisedText.in(tender.draft().title(), language), organisationName(tender.authorityId()),
                tender.submissionDeadline(), tender.openedAt(),
                members.stream().map(member -> identities.userByUsername(member).map(UserAccount::displayName).orElse(member))
                        .sorted().toList(),
                lines, documentLines(opened), notOpened.stream()
                        .map(bid -> new OpeningReportDocument.NotOpened(organisationName(bid.organisationId()),
                                bid.submittedAt(), bid.sha256()))
                        .toList());
        store(tender, null, ProcurementDocument.Kind.OPENING_REPORT,
                seal.signPdf(renderer.openingReport(report), "Opening report " + tender.reference()));
    }

    private List<OpeningReportDocument.DocumentLine> documentLines(List<OpenedBid> opened) {
        return opened.stream()
                .flatMap(bid -> tenders.offerDocuments(bid.tenderId(), bid.organisationId()).stream()
                        .filter(document -> document.openedKey() != null)
                        .map(document -> new OpeningReportDocument.DocumentLine(organisationName(bid.organisationId()),
                                document.fileName(), document.sha256(), document.matchesReceipt())))
                .toList();
    }

    private void store(Tender tender, String bidId, ProcurementDocument.Kind kind, byte[] pdf) {
        tenders.add(new ProcurementDocument(tender.id(), bidId, kind, pdf, Sha256.hex(pdf), Instant.now()));
    }

    private static String currency(Tender tender, int lot) {
        return tender.draft().lots().get(lot - 1).getString("currency");
    }

    private String organisationName(String id) {
        return identities.organisation(id).map(Organisation::name).orElse("");
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
