package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firm's offer documents are sealed as they stream in: the gateway's files hold only ciphertext
 * until the opening, the bid names them by hash, and the opening decrypts each one and checks it.
 */
class OfferDocumentIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");
    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient jonas = GatewayClient.signedIn("jonas");

    @TempDir
    Path work;

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void documentsAreSealedUntilTheOpeningWhichChecksThemAgainstTheBid() throws Exception {
        Instant deadline = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        String id = officer.post("/api/tenders", Json.createObjectBuilder(TenderIT.draft(60, 40, "45000000"))
                .add("questionsDeadline", deadline.minusSeconds(3).toString())
                .add("submissionDeadline", deadline.toString())
                .build()).json().getString("id");
        assertThat(officer.post("/api/tenders/" + id + "/publication").status()).isEqualTo(200);
        String bids = "/api/public/tenders/" + officer.get("/api/tenders/" + id).json().getString("reference") + "/bids";
        String secret = "Technical proposal " + UUID.randomUUID();
        byte[] proposal = Samples.pdf(secret);

        GatewayClient.Reply uploaded = amelie.postRaw(bids + "/documents?fileName=proposal.pdf", "application/pdf", proposal);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String documentId = uploaded.json().getString("id");
        assertThat(uploaded.json().getString("sha256")).isEqualTo(FilingPathIT.sha256(proposal));
        assertThat(uploaded.json().getJsonNumber("size").longValue()).isEqualTo(proposal.length);
        assertThat(amelie.get(bids + "/documents").jsonArray()).hasSize(1);
        assertThat(jonas.get(bids + "/documents").jsonArray()).as("another firm's documents").isEmpty();
        byte[] stored = storedFile(documentId);
        assertThat(stored).as("what the gateway keeps of the document").isNotEmpty();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret).doesNotContain("%PDF");

        assertProblem(amelie.postRaw(bids + "/documents?fileName=proposal.pdf", "application/pdf",
                "<html>not a PDF</html>".getBytes(StandardCharsets.UTF_8)), 415, "attachment-type-not-allowed");
        GatewayClient.Reply borrowed = jonas.post(bids, bid("150000", documentId));
        assertProblem(borrowed, 422, "validation-failed");
        assertThat(borrowed.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/documents/0");

        GatewayClient.Reply received = amelie.post(bids, bid("140000", documentId));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        Path receipt = Files.write(work.resolve("receipt.pdf"),
                amelie.get(bids + "/" + received.json().getString("id") + "/receipt").body());
        assertThat(ExternalTool.run("pdftotext", receipt.toString(), "-").output())
                .as("the receipt names the document sealed with the bid").contains("proposal.pdf", FilingPathIT.sha256(proposal));
        assertProblem(officer.get("/api/tenders/" + id + "/opening/bids/" + received.json().getString("id")
                + "/documents/" + documentId), 404, "not-found");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 500);
        assertProblem(amelie.postRaw(bids + "/documents?fileName=late.pdf", "application/pdf", Samples.pdf("late")),
                409, "submission-closed");
        enter("olga", id);
        GatewayClient.Reply opened = enter("omar", id);

        assertThat(opened.json().getString("status")).as(opened.toString()).isEqualTo("OPENED");
        JsonObject bid = opened.json().getJsonArray("bids").getJsonObject(0);
        List<JsonObject> documents = bid.getJsonArray("documents").getValuesAs(JsonObject.class);
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.getString("fileName")).isEqualTo("proposal.pdf");
            assertThat(document.getString("sha256")).isEqualTo(FilingPathIT.sha256(proposal));
            assertThat(document.getBoolean("matchesReceipt")).isTrue();
        });
        String download = "/api/tenders/" + id + "/opening/bids/" + bid.getString("bidId") + "/documents/" + documentId;
        assertThat(officer.get(download).body()).isEqualTo(proposal);
        assertThat(GatewayClient.signedIn("olga").get(download).body()).isEqualTo(proposal);
        assertProblem(jonas.get(download), 404, "not-found");
    }

    @Test
    void anOversizedDocumentIsRefusedAndNothingOfItKept() {
        String id = officer.post("/api/tenders", TenderIT.draft(60, 40, "45000000")).json().getString("id");
        assertThat(officer.post("/api/tenders/" + id + "/publication").status()).isEqualTo(200);
        String bids = "/api/public/tenders/" + officer.get("/api/tenders/" + id).json().getString("reference") + "/bids";
        byte[] large = new byte[26 * 1024 * 1024];
        System.arraycopy(Samples.pdf("large"), 0, large, 0, 100);

        assertProblem(amelie.postRaw(bids + "/documents?fileName=huge.pdf", "application/pdf", large), 413,
                "attachment-too-large");
        assertThat(amelie.get(bids + "/documents").jsonArray()).isEmpty();
    }

    private static JsonObject bid(String price, String... documents) {
        JsonArrayBuilder named = Json.createArrayBuilder();
        for (String document : documents) {
            named.add(document);
        }
        return Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lot", 1).add("price", new BigDecimal(price))))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .add("documents", named)
                .build();
    }

    private static GatewayClient.Reply enter(String member, String tenderId) {
        GatewayClient.Reply entered = GatewayClient.signedIn(member).post("/api/tenders/" + tenderId + "/opening",
                Json.createObjectBuilder().add("passphrase", OpeningBoard.passphrase(member)).build());
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        return entered;
    }

    /** The bytes the gateway stored for the document, read behind its back. */
    private static byte[] storedFile(String documentId) throws Exception {
        try (Connection database = GatewayDatabase.connect();
             PreparedStatement query = database.prepareStatement("select sealed_key from offer_document where id = ?")) {
            query.setString(1, documentId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return Files.readAllBytes(Path.of(System.getProperty("gateway.it.data.dir"), "gateway", "attachments",
                        row.getString(1)));
            }
        }
    }
}
