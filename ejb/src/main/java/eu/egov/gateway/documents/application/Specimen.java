package eu.egov.gateway.documents.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import eu.egov.gateway.documents.domain.BidReceiptDocument;
import eu.egov.gateway.documents.domain.DecisionDocument;
import eu.egov.gateway.documents.domain.OpeningReportDocument;
import eu.egov.gateway.documents.domain.ReceiptDocument;

/** Throwaway documents that exercise every part of the layouts, rendered once so that no applicant waits for it. */
final class Specimen {

    private static final Instant MOMENT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Specimen() {
    }

    static ReceiptDocument receipt() {
        return new ReceiptDocument(Locale.ENGLISH, "SPECIMEN", MOMENT, "Specimen authority", "Société Müller",
                "0", "Specimen", "Specimen form", "1",
                List.of(new ReceiptDocument.Field("Straße", "Genève")),
                List.of(new ReceiptDocument.Attachment("Specimen", "specimen.pdf", "application/pdf", 0, HASH)),
                HASH, "SPECIMEN", "https://gateway.invalid/verify");
    }

    static DecisionDocument decision() {
        return new DecisionDocument(Locale.ENGLISH, "SPECIMEN", MOMENT, "Specimen authority", "Société Müller",
                "Specimen form", DecisionDocument.Verdict.REJECTED, "Specimen", "Specimen", "SPECIMEN");
    }

    static BidReceiptDocument bidReceipt() {
        return new BidReceiptDocument(Locale.ENGLISH, "SPECIMEN", "Specimen tender", "Specimen authority",
                "Société Müller", "Specimen", MOMENT, HASH, "SPECIMEN", false,
                List.of(new BidReceiptDocument.SealedDocument("Spécimen.pdf", HASH)));
    }

    static OpeningReportDocument openingReport() {
        return new OpeningReportDocument(Locale.ENGLISH, "SPECIMEN", "Specimen tender", "Specimen authority", MOMENT,
                MOMENT, List.of("Specimen", "Specimen"),
                List.of(new OpeningReportDocument.Line("Société Müller", 1, new BigDecimal("198500.00"), "EUR",
                        MOMENT, HASH, false)),
                List.of(new OpeningReportDocument.DocumentLine("Société Müller", "Spécimen.pdf", HASH, false)),
                List.of(new OpeningReportDocument.NotOpened("Société Müller", MOMENT, HASH)));
    }
}
