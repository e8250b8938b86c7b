package eu.egov.gateway.documents.application;

import java.lang.System.Logger.Level;
import java.util.Objects;

import javax.xml.transform.Templates;

import eu.egov.gateway.documents.domain.BidReceiptDocument;
import eu.egov.gateway.documents.domain.DecisionDocument;
import eu.egov.gateway.documents.domain.OpeningReportDocument;
import eu.egov.gateway.documents.domain.ReceiptDocument;
import eu.egov.gateway.documents.infrastructure.Typesetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/**
 * The official documents the gateway issues, as PDF/A-2b in the language of the record. Thread-safe.
 */
@ApplicationScoped
public class DocumentRenderer {

    private static final System.Logger LOG = System.getLogger(DocumentRenderer.class.getName());

    private final Typesetter typesetter;
    private final Templates receiptLayout;
    private final Templates decisionLayout;
    private final Templates bidReceiptLayout;
    private final Templates openingReportLayout;

    /** For CDI's client proxy only: it must not build a typesetter of its own. */
    protected DocumentRenderer() {
        this.typesetter = null;
        this.receiptLayout = null;
        this.decisionLayout = null;
        this.bidReceiptLayout = null;
        this.openingReportLayout = null;
    }

    @Inject
    public DocumentRenderer(Typesetter typesetter) {
        this.typesetter = typesetter;
        this.receiptLayout = typesetter.stylesheet("receipt.xsl");
        this.decisionLayout = typesetter.stylesheet("decision.xsl");
        this.bidReceiptLayout = typesetter.stylesheet("bid-receipt.xsl");
        this.openingReportLayout = typesetter.stylesheet("opening-report.xsl");
    }

    /** The submission receipt: PDF/A-2b, unsigned (the trust package signs it afterwards). */
    public byte[] receipt(ReceiptDocument receipt) {
        Objects.requireNonNull(receipt, "receipt");
        return typesetter.typeset(receiptLayout, ReceiptInput.of(receipt, Labels.of(receipt.locale())));
    }

    /** The decision on a filing: PDF/A-2b, unsigned. */
    public byte[] decision(DecisionDocument decision) {
        Objects.requireNonNull(decision, "decision");
        return typesetter.typeset(decisionLayout, DecisionInput.of(decision, Labels.of(decision.locale())));
    }

    /**
     * The receipt for a bid on a tender, or for its withdrawal: PDF/A-2b, unsigned. It proves the receipt of the
     * sealed bid and says nothing of its content.
     */
    public byte[] bidReceipt(BidReceiptDocument receipt) {
        Objects.requireNonNull(receipt, "receipt");
        return typesetter.typeset(bidReceiptLayout, BidReceiptInput.of(receipt, Labels.of(receipt.locale())));
    }

    /** The report of the opening board on the bids of a tender: PDF/A-2b, unsigned. */
    public byte[] openingReport(OpeningReportDocument report) {
        Objects.requireNonNull(report, "report");
        return typesetter.typeset(openingReportLayout, OpeningReportInput.of(report, Labels.of(report.locale())));
    }

    /**
     * The first render in a JVM takes about a second (class loading, font parsing, JIT) against some tens of
     * milliseconds afterwards, so it is paid at deployment; a broken template or font fails the deployment there
     * rather than an applicant's submission later.
     */
    void warmUp(@Observes Startup startup) {
        long start = System.nanoTime();
        receipt(Specimen.receipt());
        decision(Specimen.decision());
        bidReceipt(Specimen.bidReceipt());
        openingReport(Specimen.openingReport());
        LOG.log(Level.INFO, "Document rendering ready in {0} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
