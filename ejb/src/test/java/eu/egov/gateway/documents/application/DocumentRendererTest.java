package eu.egov.gateway.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import eu.egov.gateway.documents.domain.BidReceiptDocument;
import eu.egov.gateway.documents.domain.DecisionDocument;
import eu.egov.gateway.documents.domain.OpeningReportDocument;
import eu.egov.gateway.documents.domain.ReceiptDocument;
import eu.egov.gateway.documents.domain.ReceiptDocument.Attachment;
import eu.egov.gateway.documents.domain.ReceiptDocument.Field;
import eu.egov.gateway.documents.infrastructure.Typesetter;

class DocumentRendererTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String FILE_HASH = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    private static final Instant MOMENT = Instant.parse("2026-11-27T15:04:05.678Z");

    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer(new Typesetter());
    }

    /** What a document must say in each language. */
    record Wording(Locale locale, String receiptTitle, String decisionTitle, String approved, String rejected,
            String moment, String firstOfOnePage) {
    }

    static List<Wording> languages() {
        return List.of(
                new Wording(Locale.ENGLISH, "Submission receipt", "Decision", "Approved", "Rejected",
                        "27 November 2026, 15:04:05 UTC (2026-11-27T15:04:05Z)", "Page 1 of 1"),
                new Wording(Locale.FRENCH, "Accusé de réception", "Décision", "Approuvé", "Rejeté",
                        "27 novembre 2026 à 15:04:05 UTC (2026-11-27T15:04:05Z)", "Page 1 sur 1"),
                new Wording(Locale.GERMAN, "Empfangsbestätigung", "Bescheid", "Genehmigt", "Abgelehnt",
                        "27. November 2026, 15:04:05 UTC (2026-11-27T15:04:05Z)", "Seite 1 von 1"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void receiptIsAnArchivablePdfInTheRecordsLanguage(Wording wording) throws Exception {
        PdfReadBack pdf = new PdfReadBack(renderer.receipt(receipt(wording.locale(), "GW-2026-000123")));

        assertThat(pdf.text())
                .contains(wording.receiptTitle(), "GW-2026-000123", HASH, FILE_HASH, wording.firstOfOnePage(),
                        "K7F3-9QX2", "https://gateway.example.eu/verify", "Société Générale Müller & Fils SA",
                        "Straße 5, 1204 Genève")
                .containsIgnoringWhitespaces(wording.moment());
        assertArchivable(pdf);
    }

    @Test
    void aReceiptOfAFilingAnIntermediaryMadeSaysWhoFiledUnderWhichMandateInTheReceiptsLanguage() throws Exception {
        ReceiptDocument own = receipt(Locale.FRENCH, "GW-2026-000125");
        ReceiptDocument represented = new ReceiptDocument(own.locale(), own.reference(), own.submittedAt(),
                own.authority(), own.organisation(), own.organisationRegistration(), "Fanny Martin", own.formTitle(),
                own.formVersion(), own.data(), own.attachments(), own.sha256(), own.verificationCode(),
                own.verificationUrl(), new ReceiptDocument.Representation("Fanny Martin", "Fiduciaire Martin & Associés",
                        "Société Générale Müller & Fils SA", "MND-2026-7K3M-9QXD", Instant.parse("2027-06-30T21:59:59Z")));

        PdfReadBack pdf = new PdfReadBack(renderer.receipt(represented));

        assertThat(pdf.text()).containsIgnoringWhitespaces("Déposé par Fanny Martin de Fiduciaire Martin & Associés "
                + "pour le compte de Société Générale Müller & Fils SA en vertu du mandat MND-2026-7K3M-9QXD "
                + "(valable jusqu’au 30 juin 2027 à 21:59:59 UTC).");
        assertThat(new PdfReadBack(renderer.receipt(own)).text()).doesNotContain("pour le compte de");
        assertArchivable(pdf);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void decisionIsAnArchivablePdfInTheRecordsLanguage(Wording wording) throws Exception {
        PdfReadBack approval = new PdfReadBack(renderer.decision(decision(wording.locale(), true)));
        PdfReadBack rejection = new PdfReadBack(renderer.decision(decision(wording.locale(), false)));

        assertThat(approval.text())
                .contains(wording.decisionTitle(), "GW-2026-000123", wording.approved(), "Dr. Grüß", "K7F3-9QX2",
                        wording.firstOfOnePage())
                .doesNotContain(wording.rejected())
                .containsIgnoringWhitespaces(wording.moment());
        assertThat(rejection.text())
                .contains(wording.rejected(), "Die Unterlagen sind unvollständig.")
                .doesNotContain(wording.approved());
        assertArchivable(approval);
        assertArchivable(rejection);
    }

    private static void assertArchivable(PdfReadBack pdf) throws Exception {
        // Subsets of our two DejaVu faces, embedded, and nothing else.
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy((name, embedded) -> {
            assertThat(name).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            assertThat(embedded).as("%s embedded", name).isTrue();
        });
        assertThat(pdf.pdfaIdentification()).isEqualTo("2B");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void veraPdfFindsBothDocumentsPdfA2b(Wording wording) throws Exception {

        assertThat(VeraPdf.pdfA2bViolations(renderer.receipt(receipt(wording.locale(), "GW-2026-000123")))).isEmpty();
        assertThat(VeraPdf.pdfA2bViolations(renderer.decision(decision(wording.locale(), false)))).isEmpty();
    }

    @Test
    void valuesThatLookLikeMarkupAreShownAsText() throws Exception {
        String markup = "<fo:external-graphic src=\"http://127.0.0.1:9/x.png\"/>";
        String entity = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>&e;";
        ReceiptDocument receipt = receipt(Locale.ENGLISH, "GW-<b>&amp;",
                List.of(new Field("Markup", markup), new Field("Entity", entity), new Field("]]>", "&lt;")));

        // Rendering at all shows nothing was fetched: the typesetter fails on any refused resource.
        assertThat(new PdfReadBack(renderer.receipt(receipt)).text())
                .containsIgnoringWhitespaces(markup, entity, "GW-<b>&amp;", "]]>", "&lt;");
    }

    @Test
    void namesInTheScriptsOfTheUnionsLanguagesArePrintedAsWritten() throws Exception {
        // the fonts are a subset (fonts/LICENSE.txt): every official language of the Union must still print
        List<String> names = List.of("Łódź Świętokrzyska sp. z o.o.", "Întreprinderea Țesătoria Ștefănești SRL",
                "Ελληνικά Τρόφιμα Α.Ε.", "Българска Пекарна ООД", "Čokoláda Hořice s.r.o.", "Ærø Øl ApS",
                "Őrség Ügynökség Kft.", "Ģērbtuve Ķemeri SIA", "Ħal Għargħur Ltd", "Þór ehf. – € 1 200,00 ≤ 2 000");
        ReceiptDocument receipt = receipt(Locale.ENGLISH, "GW-SCRIPTS",
                names.stream().map(name -> new Field("Name", name)).toList());

        assertThat(new PdfReadBack(renderer.receipt(receipt)).text()).contains(names).doesNotContain("#");
    }

    @Test
    void lettersTypedWithASeparateAccentArePrintedComposed() throws Exception {
        ReceiptDocument receipt = receipt(Locale.ENGLISH, "GW-NFD", List.of(new Field("Name", "Be\u0301ne\u0301dicte Mu\u0308ller")));

        assertThat(new PdfReadBack(renderer.receipt(receipt)).text()).contains("Bénédicte Müller");
    }

    @Test
    void pastedControlCharactersDoNotBreakTheDocument() throws Exception {
        ReceiptDocument receipt = receipt(Locale.ENGLISH, "GW-PASTED",
                List.of(new Field("Pasted", "line one\r\nline two\u0007\u0000 end")));

        assertThat(new PdfReadBack(renderer.receipt(receipt)).text()).contains("line one\nline two", "end");
    }

    @Test
    void longValuesWrapOntoMorePages() throws Exception {
        List<Field> data = new ArrayList<>();
        data.add(new Field("Description", "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(30)));
        data.add(new Field("Link", "https://www.example.org/" + "a-very-long-path-without-spaces/".repeat(6)));
        for (int i = 1; i <= 60; i++) {
            data.add(new Field("Field " + i, "Value " + i));
        }
        PdfReadBack pdf = new PdfReadBack(renderer.receipt(receipt(Locale.ENGLISH, "GW-LONG", data)));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.text())
                .contains("Page 1 of " + pdf.pages(), "Page " + pdf.pages() + " of " + pdf.pages(), "Value 60")
                .containsIgnoringWhitespaces("a-very-long-path-without-spaces/".repeat(6));
    }

    @Test
    void absentPartsAreLeftOut() throws Exception {
        ReceiptDocument receipt = new ReceiptDocument(Locale.ENGLISH, "GW-SPARSE", MOMENT, "Tax office", null, null,
                null, null, null, List.of(), List.of(), null, null, null);
        DecisionDocument decision = new DecisionDocument(Locale.ENGLISH, "GW-SPARSE", MOMENT, null, null, null,
                DecisionDocument.Verdict.APPROVED, null, null, null);

        assertThat(new PdfReadBack(renderer.receipt(receipt)).text())
                .contains("GW-SPARSE", "No data was submitted.", "No files were attached.")
                .doesNotContain("Registration number", "Verification code");
        assertThat(new PdfReadBack(renderer.decision(decision)).text())
                .contains("GW-SPARSE", "Approved")
                .doesNotContain("Reason", "Decided by");
    }

    @Test
    void anUntranslatedLanguageGetsEnglishWhateverTheServersLocale() throws Exception {
        Locale serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(new PdfReadBack(renderer.receipt(receipt(Locale.ITALIAN, "GW-IT"))).text())
                    .contains("Submission receipt", "27 November 2026");
            assertThat(new PdfReadBack(renderer.receipt(receipt(Locale.forLanguageTag("fr-CH"), "GW-CH"))).text())
                    .contains("Accusé de réception");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String reference = "GW-PARALLEL-" + i;
                Locale locale = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN).get(i % 3);
                texts.add(threads.submit(() -> new PdfReadBack(renderer.receipt(receipt(locale, reference))).text()));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("GW-PARALLEL-" + i).doesNotContain("GW-PARALLEL-" + (i + 1));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void warmUpRendersAtStartup() {
        renderer.warmUp(null);
    }

    /** What the procurement documents must say in each language; prices as formatted for 198500 EUR. */
    record TenderWording(Locale locale, String bidReceiptTitle, String withdrawalTitle, String reportTitle,
            String price, String yes, String no, String noBid, String moment, String notOpened) {
    }

    static List<TenderWording> tenderLanguages() {
        return List.of(
                new TenderWording(Locale.ENGLISH, "Bid receipt", "Withdrawal receipt", "Opening report",
                        "€198,500.00", "Yes", "No", "No bid was received.",
                        "27 November 2026, 15:04:05 UTC (2026-11-27T15:04:05Z)", "Bids not opened"),
                new TenderWording(Locale.FRENCH, "Accusé de réception d’offre", "Accusé de retrait d’offre",
                        "Procès-verbal d’ouverture des offres", "198 500,00 €", "Oui", "Non",
                        "Aucune offre n’a été reçue.", "27 novembre 2026 à 15:04:05 UTC (2026-11-27T15:04:05Z)",
                        "Offres non ouvertes"),
                new TenderWording(Locale.GERMAN, "Empfangsbestätigung für ein Angebot",
                        "Bestätigung der Angebotsrücknahme", "Öffnungsniederschrift", "198.500,00 €", "Ja", "Nein",
                        "Es ist kein Angebot eingegangen.", "27. November 2026, 15:04:05 UTC (2026-11-27T15:04:05Z)",
                        "Nicht geöffnete Angebote"));
    }

    @ParameterizedTest
    @MethodSource("tenderLanguages")
    void bidReceiptProvesTheReceiptWithoutShowingTheBid(TenderWording wording) throws Exception {
        PdfReadBack pdf = new PdfReadBack(renderer.bidReceipt(bidReceipt(wording.locale(), false)));
        PdfReadBack withdrawal = new PdfReadBack(renderer.bidReceipt(bidReceipt(wording.locale(), true)));

        assertThat(pdf.text())
                .contains(wording.bidReceiptTitle(), "AO-2026-0042", "Rénovation de l'école Jean-Jaurès",
                        "Ville de Genève", "Bâtiments Müller & Fils SA", "Anaïs Dupré", "BID-7Q2K-91XF", HASH,
                        "mémoire-technique.pdf", FILE_HASH)
                .containsIgnoringWhitespaces(wording.moment())
                .doesNotContain(wording.withdrawalTitle());
        assertThat(withdrawal.text())
                .contains(wording.withdrawalTitle(), "AO-2026-0042", "BID-7Q2K-91XF", HASH)
                .doesNotContain(wording.bidReceiptTitle());
        // Nothing of the bid's content: no amount, no currency, not even a price label.
        for (PdfReadBack receipt : List.of(pdf, withdrawal)) {
            assertThat(spaced(receipt.text()))
                    .doesNotContain("€", "EUR", "198", "Price", "Prix", "Preis")
                    .doesNotContainPattern("\\d[.,]\\d\\d\\b");
            assertArchivable(receipt);
        }
    }

    @ParameterizedTest
    @MethodSource("tenderLanguages")
    void openingReportListsTheBidsOpened(TenderWording wording) throws Exception {
        PdfReadBack pdf = new PdfReadBack(renderer.openingReport(openingReport(wording.locale(), bids())));

        assertThat(spaced(pdf.text()))
                .contains(wording.reportTitle(), "AO-2026-0042", "Rénovation de l'école Jean-Jaurès",
                        "Ville de Genève", "Anaïs Dupré", "Dr. Grüß", wording.price(), wording.yes(), wording.no())
                // table cells wrap
                .containsIgnoringWhitespaces(wording.moment(), "Bâtiments Müller & Fils SA", "Construction Léger Sàrl",
                        HASH, FILE_HASH, "mémoire-technique.pdf", "Toitures Favre SA")
                .contains(wording.notOpened());
        assertArchivable(pdf);
    }

    @ParameterizedTest
    @MethodSource("tenderLanguages")
    void openingReportWithoutBidsSaysSo(TenderWording wording) throws Exception {
        PdfReadBack pdf = new PdfReadBack(renderer.openingReport(openingReport(wording.locale(), List.of())));

        assertThat(pdf.text()).contains(wording.reportTitle(), "AO-2026-0042", wording.noBid());
    }

    @ParameterizedTest
    @MethodSource("tenderLanguages")
    void veraPdfFindsTheProcurementDocumentsPdfA2b(TenderWording wording) throws Exception {
        assertThat(VeraPdf.pdfA2bViolations(renderer.bidReceipt(bidReceipt(wording.locale(), false)))).isEmpty();
        assertThat(VeraPdf.pdfA2bViolations(renderer.bidReceipt(bidReceipt(wording.locale(), true)))).isEmpty();
        assertThat(VeraPdf.pdfA2bViolations(renderer.openingReport(openingReport(wording.locale(), bids()))))
                .isEmpty();
        assertThat(VeraPdf.pdfA2bViolations(renderer.openingReport(openingReport(wording.locale(), List.of()))))
                .isEmpty();
    }

    @Test
    void pricesAreNeverRounded() {
        Labels french = Labels.of(Locale.FRENCH);

        assertThat(spaced(french.money(new BigDecimal("1234.5"), "EUR"))).isEqualTo("1 234,50 €");
        assertThat(spaced(french.money(new BigDecimal("0.125"), "EUR"))).isEqualTo("0,125 €");
        assertThat(spaced(french.money(new BigDecimal("1500"), "JPY"))).isEqualTo("1 500 JPY");
        assertThat(spaced(french.money(new BigDecimal("10"), "XX1"))).isEqualTo("10,00 XX1");
    }

    /** No-break spaces, which locales put in amounts, as plain spaces. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static BidReceiptDocument bidReceipt(Locale locale, boolean withdrawal) {
        return new BidReceiptDocument(locale, "AO-2026-0042", "Rénovation de l'école Jean-Jaurès", "Ville de Genève",
                "Bâtiments Müller & Fils SA", "Anaïs Dupré", MOMENT, HASH, "BID-7Q2K-91XF", withdrawal,
                withdrawal ? List.of() : List.of(new BidReceiptDocument.SealedDocument("mémoire-technique.pdf", FILE_HASH)));
    }

    private static List<OpeningReportDocument.Line> bids() {
        return List.of(
                new OpeningReportDocument.Line("Bâtiments Müller & Fils SA", 1, new BigDecimal("198500.00"), "EUR",
                        MOMENT, HASH, true),
                new OpeningReportDocument.Line("Construction Léger Sàrl", 2, new BigDecimal("212340.5"), "EUR",
                        MOMENT, FILE_HASH, false));
    }

    private static OpeningReportDocument openingReport(Locale locale, List<OpeningReportDocument.Line> bids) {
        return new OpeningReportDocument(locale, "AO-2026-0042", "Rénovation de l'école Jean-Jaurès",
                "Ville de Genève", MOMENT, MOMENT.plusSeconds(3600), List.of("Anaïs Dupré", "Dr. Grüß"), bids,
                bids.isEmpty() ? List.of()
                        : List.of(new OpeningReportDocument.DocumentLine("Bâtiments Müller & Fils SA", "mémoire-technique.pdf",
                                FILE_HASH, true)),
                bids.isEmpty() ? List.of() : List.of(new OpeningReportDocument.NotOpened("Toitures Favre SA", MOMENT, HASH)));
    }

    private static ReceiptDocument receipt(Locale locale, String reference) {
        return receipt(locale, reference, List.of(
                new Field("Name", "Jürgen Müller-Lüdenscheidt"),
                new Field("Address", "Straße 5, 1204 Genève"),
                new Field("Turnover", "1 234 567,89 €")));
    }

    private static ReceiptDocument receipt(Locale locale, String reference, List<Field> data) {
        return new ReceiptDocument(locale, reference, MOMENT, "Ministère de l'Économie",
                "Société Générale Müller & Fils SA", "CHE-123.456.789", "Anaïs Dupré", "Déclaration de TVA", "2.1",
                data,
                List.of(new Attachment("Bilan 2025", "bilan_2025_version_définitive_signée.pdf", "application/pdf",
                        1_234_567, FILE_HASH)),
                HASH, "K7F3-9QX2", "https://gateway.example.eu/verify");
    }

    @Test
    void aTacitApprovalIsCertifiedAsSuchInTheApplicantsLanguage() throws Exception {
        DecisionDocument certificate = new DecisionDocument(Locale.FRENCH, "GW-2026-000124", MOMENT, "Ville de Lyon",
                "Café des Arts", "Autorisation de terrasse", DecisionDocument.Verdict.TACITLY_APPROVED, null, null, "Q4P2-7HJ1");

        PdfReadBack pdf = new PdfReadBack(renderer.decision(certificate));

        assertThat(pdf.text()).contains("Attestation d’approbation tacite", "Approuvé par le silence de l’administration",
                "GW-2026-000124", "Q4P2-7HJ1").doesNotContain("Décidé par");
        assertArchivable(pdf);
    }

    private static DecisionDocument decision(Locale locale, boolean approved) {
        return new DecisionDocument(locale, "GW-2026-000123", MOMENT, "Ministère de l'Économie", "Société Müller",
                "Déclaration de TVA", approved ? DecisionDocument.Verdict.APPROVED : DecisionDocument.Verdict.REJECTED,
                approved ? null : "Die Unterlagen sind unvollständig.", "Dr. Grüß",
                "K7F3-9QX2");
    }
}
