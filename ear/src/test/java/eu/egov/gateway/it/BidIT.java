package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bids are sealed on arrival: before the opening no answer and no row holds their content. Firms
 * replace and withdraw until the deadline, which the gateway's time-stamp judges to the second.
 */
class BidIT {

    private static final String SECRET_SUBCONTRACTOR = "Geheimbau Untervergabe GmbH";
    private static final String SECRET_PRICE = "987654.32";

    private final GatewayClient officer = GatewayClient.signedIn("paul");

    @TempDir
    Path work;
    private final GatewayClient bidder = GatewayClient.signedIn("jonas");

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void aBidIsSealedOnArrivalAndNothingRevealsItsContent() throws Exception {
        String id = publishedTender(TenderIT.draft(60, 40, "45000000"));
        String reference = officer.get("/api/tenders/" + id).json().getString("reference");

        GatewayClient.Reply received = bidder.post("/api/public/tenders/" + reference + "/bids", bid(SECRET_PRICE));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(received.json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(received.json().getString("sha256")).matches("[0-9a-f]{64}");
        List<String> answers = List.of(received.text(),
                bidder.get("/api/public/tenders/" + reference + "/bids/mine").text(),
                officer.get("/api/tenders/" + id).text(),
                GatewayClient.anonymous().get("/api/public/tenders/" + reference).text());
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(SECRET_PRICE).doesNotContain("Geheimbau"));
        assertProblem(GatewayClient.signedIn("admin").get("/api/public/tenders/" + reference + "/bids/mine"), 403,
                "role-required");

        GatewayClient.Reply receipt = bidder.get("/api/public/tenders/" + reference + "/bids/"
                + received.json().getString("id") + "/receipt");
        assertThat(receipt.status()).isEqualTo(200);
        Path pdf = Files.write(work.resolve("bid-receipt.pdf"), receipt.body());
        assertThat(ExternalTool.run("pdfsig", pdf.toString()).output()).contains("Signature is Valid");
        assertThat(ExternalTool.run("pdftotext", pdf.toString(), "-").output())
                .contains(reference).contains(received.json().getString("sha256").substring(0, 16))
                .doesNotContain(SECRET_PRICE).doesNotContain("Geheimbau");
        assertProblem(GatewayClient.signedIn("amelie").get("/api/public/tenders/" + reference + "/bids/"
                + received.json().getString("id") + "/receipt"), 404, "not-found");

        try (Connection database = GatewayDatabase.connect()) {
            List<byte[]> stored = new ArrayList<>();
            try (PreparedStatement bids = database.prepareStatement(
                    "select sealed, seal, time_stamp_token from bid where tender_id = ?")) {
                bids.setString(1, id);
                try (ResultSet rows = bids.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getBytes(1));
                        stored.add(rows.getBytes(2));
                        stored.add(rows.getBytes(3));
                    }
                }
            }
            assertThat(stored).hasSize(3);
            for (byte[] column : stored) {
                String asText = new String(column, StandardCharsets.ISO_8859_1);
                assertThat(asText).doesNotContain(SECRET_PRICE).doesNotContain("Geheimbau");
            }
            try (PreparedStatement audit = database.prepareStatement(
                    "select count(*) from audit_event where details like ? or details like ?")) {
                audit.setString(1, "%" + SECRET_PRICE + "%");
                audit.setString(2, "%Geheimbau%");
                try (ResultSet count = audit.executeQuery()) {
                    count.next();
                    assertThat(count.getLong(1)).isZero();
                }
            }
        }
    }

    @Test
    void theLastBidCountsAndABidCanBeWithdrawnUntilTheDeadline() {
        String reference = referenceOf(publishedTender(TenderIT.draft(60, 40, "45000000")));
        String bids = "/api/public/tenders/" + reference + "/bids";

        String first = bidder.post(bids, bid("100000")).json().getString("id");
        String second = bidder.post(bids, bid("95000")).json().getString("id");

        List<JsonObject> mine = bidder.get(bids + "/mine").jsonArray().getValuesAs(JsonObject.class);
        assertThat(mine).extracting(b -> b.getString("id") + " " + b.getString("status"))
                .containsExactly(first + " REPLACED", second + " SUBMITTED");

        GatewayClient.Reply withdrawn = bidder.delete(bids + "/mine");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(bidder.get(bids + "/" + second + "/withdrawal-receipt").contentType()).startsWith("application/pdf");
        assertProblem(bidder.delete(bids + "/mine"), 404, "no-bid");
    }

    @Test
    void aBidIsCheckedAgainstItsSchemaAndTheTendersLots() {
        String reference = referenceOf(publishedTender(TenderIT.draft(60, 40, "45000000")));

        GatewayClient.Reply reply = bidder.post("/api/public/tenders/" + reference + "/bids", Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lot", 7).add("price", 10)))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .build());

        assertProblem(reply, 422, "validation-failed");
        assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/lots/0/lot");
        assertProblem(GatewayClient.signedIn("claire").post("/api/public/tenders/" + reference + "/bids", bid("1")),
                403, "role-required");
    }

    @Test
    void aBidBeforeTheDeadlineIsAcceptedAndOneAfterItRefused() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        JsonObject draft = Json.createObjectBuilder(TenderIT.draft(60, 40, "45000000"))
                .add("questionsDeadline", deadline.minusSeconds(3).toString())
                .add("submissionDeadline", deadline.toString())
                .build();
        String reference = referenceOf(publishedTender(draft));
        String bids = "/api/public/tenders/" + reference + "/bids";

        waitUntil(deadline.minusMillis(1500));
        GatewayClient.Reply early = bidder.post(bids, bid("120000"));
        assertThat(early.status()).as(early.toString()).isEqualTo(201);
        assertThat(Instant.parse(early.json().getString("submittedAt"))).isBefore(deadline);

        waitUntil(deadline.plusSeconds(1));
        GatewayClient.Reply late = bidder.post(bids, bid("110000"));

        assertProblem(late, 409, "submission-closed");
        assertThat(bidder.get(bids + "/mine").jsonArray()).hasSize(1);
        assertProblem(bidder.delete(bids + "/mine"), 409, "submission-closed");
    }

    private static void waitUntil(Instant moment) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), moment).toMillis()));
    }

    private static JsonObject bid(String price) {
        return Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lot", 1).add("price", new java.math.BigDecimal(price))))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .add("subcontractors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", SECRET_SUBCONTRACTOR).add("country", "DE").add("share", 20)))
                .build();
    }

    private String publishedTender(JsonObject draft) {
        GatewayClient.Reply created = officer.post("/api/tenders", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        GatewayClient.Reply published = officer.post("/api/tenders/" + id + "/publication");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private String referenceOf(String id) {
        return officer.get("/api/tenders/" + id).json().getString("reference");
    }
}
