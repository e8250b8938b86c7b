package eu.egov.gateway.documents.application;

import javax.xml.transform.Source;

import org.w3c.dom.Element;

import eu.egov.gateway.documents.domain.OpeningReportDocument;

/** An opening report as {@code opening-report.xsl} reads it. */
final class OpeningReportInput {

    private OpeningReportInput() {
    }

    static Source of(OpeningReportDocument report, Labels labels) {
        TemplateInput input = new TemplateInput("opening-report", labels);
        Element root = input.root();
        input.text(root, "reference", report.tenderReference());
        input.text(root, "tender", report.tenderTitle());
        input.text(root, "authority", report.authority());
        if (report.submissionDeadline() != null) {
            input.instant(root, "submission-deadline", report.submissionDeadline());
        }
        input.instant(root, "opened-at", report.openedAt());
        // One member a line; the label/value row keeps the line breaks.
        input.text(root, "opened-by", report.openedBy().isEmpty() ? null : String.join("\n", report.openedBy()));
        Element bids = input.element(root, "bids");
        for (OpeningReportDocument.Line line : report.bids()) {
            Element bid = input.element(bids, "bid");
            input.text(bid, "bidder", line.bidder());
            input.text(bid, "lot", Integer.toString(line.lot()));
            input.text(bid, "price", line.price() == null ? null : labels.money(line.price(), line.currency()));
            input.text(bid, "received", line.submittedAt() == null ? null : labels.dateTime(line.submittedAt()));
            input.text(bid, "sha256", line.sha256());
            input.text(bid, "matches", line.matchesReceipt() ? "yes" : "no");
        }
        if (!report.documents().isEmpty()) {
            Element documents = input.element(root, "documents");
            for (OpeningReportDocument.DocumentLine line : report.documents()) {
                Element document = input.element(documents, "document");
                input.text(document, "bidder", line.bidder());
                input.text(document, "file-name", line.fileName());
                input.text(document, "sha256", line.sha256());
                input.text(document, "matches", line.matchesReceipt() ? "yes" : "no");
            }
        }
        if (!report.notOpened().isEmpty()) {
            Element notOpened = input.element(root, "not-opened");
            for (OpeningReportDocument.NotOpened line : report.notOpened()) {
                Element bid = input.element(notOpened, "bid");
                input.text(bid, "bidder", line.bidder());
                input.text(bid, "received", labels.dateTime(line.submittedAt()));
                input.text(bid, "sha256", line.sha256());
            }
        }
        return input.source();
    }
}
