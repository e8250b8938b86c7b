package eu.egov.gateway.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import eu.egov.gateway.documents.application.DocumentRenderer;
import eu.egov.gateway.documents.domain.ReceiptDocument;
import eu.egov.gateway.documents.infrastructure.Typesetter;
import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.shared.infrastructure.CanonicalJson;
import eu.egov.gateway.trust.application.SealService;
import eu.egov.gateway.trust.domain.SubmissionProof;
import eu.egov.gateway.trust.infrastructure.KeyStoreSettings;
import eu.egov.gateway.trust.infrastructure.SealKeyStore;

/**
 * The steps of a filing's submission that cost CPU, one by one and on one thread: canonical form and
 * its hash, the seal (CMS) with its RFC 3161 time-stamp, the receipt's rendering (FOP, PDF/A-2b) and
 * its PAdES signature. Development keys, as the demo server has them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilingProofBenchmark {

    private JsonObject filing;
    private byte[] canonical;
    private SealService seal;
    private DocumentRenderer renderer;
    private ReceiptDocument receipt;
    private byte[] unsignedReceipt;

    @Setup
    public void setUp() throws Exception {
        Path keys = Files.createTempDirectory("jmh-keys");
        seal = new SealService(SealKeyStore.open(KeyStoreSettings.development(keys, null)));
        renderer = new DocumentRenderer(new Typesetter());
        filing = Json.createObjectBuilder()
                .add("reference", "FIL-2026-7K3M-9QXD")
                .add("form", Json.createObjectBuilder().add("code", "business-activity-change").add("version", 1))
                .add("submittedBy", "eafdc031-d69a-426f-acde-d1175cf23658")
                .add("data", Json.createObjectBuilder()
                        .add("effectiveDate", "2027-01-15").add("currentActivityCode", "47.11")
                        .add("newActivityCode", "56.10")
                        .add("newActivityDescription", "Salon de thé et pâtisserie artisanale, vente à emporter")
                        .add("premisesChange", false).add("employees", 4).add("declaration", true))
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("slot", "statutes").add("fileName", "statuts.pdf").add("size", 102400)
                        .add("sha256", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")))
                .build();
        canonical = CanonicalJson.of(filing);
        receipt = new ReceiptDocument(Locale.FRENCH, "FIL-2026-7K3M-9QXD", Instant.parse("2026-11-27T15:04:05Z"),
                "Business Registration Office", "Atelier Dupont SARL", "RCS Lyon 812 345 678", "Amélie Dupont",
                "Modification de l'activité de l'entreprise", "1",
                List.of(new ReceiptDocument.Field("Date d'effet", "2027-01-15"),
                        new ReceiptDocument.Field("Nouvelle activité", "56.10"),
                        new ReceiptDocument.Field("Description", "Salon de thé et pâtisserie artisanale, vente à emporter"),
                        new ReceiptDocument.Field("Salariés", "4")),
                List.of(new ReceiptDocument.Attachment("Statuts", "statuts.pdf", "application/pdf", 102400,
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")),
                Sha256.hex(canonical), "K7F3-9QX2-M4PD-8ZRT", "http://localhost:8080/verify.html?code=K7F3-9QX2-M4PD-8ZRT");
        unsignedReceipt = renderer.receipt(receipt);
    }

    @Benchmark
    public String canonicalFormAndHash() {
        return Sha256.hex(CanonicalJson.of(filing));
    }

    @Benchmark
    public SubmissionProof sealAndTimeStamp() {
        return seal.seal(canonical);
    }

    @Benchmark
    public byte[] renderReceipt() {
        return renderer.receipt(receipt);
    }

    @Benchmark
    public byte[] signReceipt() {
        return seal.signPdf(unsignedReceipt, "Submission receipt FIL-2026-7K3M-9QXD");
    }
}
