package eu.egov.gateway.documents.application;

import javax.xml.transform.Source;

import org.w3c.dom.Element;

import eu.egov.gateway.documents.domain.BidReceiptDocument;

/**
 * A bid receipt as {@code bid-receipt.xsl} reads it. The root is {@code bid-receipt}, or {@code withdrawal-receipt}
 * for a withdrawal, which gives the document its title and notes. Nothing of the bid's content is passed on.
 */
final class BidReceiptInput {

    private BidReceiptInput() {
    }

    static Source of(BidReceiptDocument receipt, Labels labels) {
        boolean withdrawal = receipt.withdrawal();
        TemplateInput input = new TemplateInput(withdrawal ? "withdrawal-receipt" : "bid-receipt", labels);
        Element root = input.root();
        input.text(root, "reference", receipt.tenderReference());
        input.text(root, "tender", receipt.tenderTitle());
        input.text(root, "authority", receipt.authority());
        input.text(root, "bidder", receipt.bidder());
        input.text(root, withdrawal ? "withdrawn-by" : "submitted-by", receipt.submittedBy());
        input.instant(root, withdrawal ? "withdrawn-at" : "submitted-at", receipt.submittedAt());
        input.text(root, "bid-id", receipt.bidId());
        input.text(root, "bid-sha256", receipt.sha256());
        if (!receipt.documents().isEmpty()) {
            Element documents = input.element(root, "documents");
            for (BidReceiptDocument.SealedDocument sealed : receipt.documents()) {
                Element document = input.element(documents, "document");
                input.text(document, "file-name", sealed.fileName());
                input.text(document, "sha256", sealed.sha256());
            }
        }
        return input.source();
    }
}
