package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A procurement officer drafts a call for tenders with lots, CPV codes, award criteria and an
 * opening board, and publishes it; then anyone reads it without signing in.
 */
class TenderIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void publicationWaitsForEveryBoardMembersPassphrase() {
        JsonObject draft = Json.createObjectBuilder(draft(60, 40, "45000000"))
                .add("openingBoard", Json.createObjectBuilder()
                        .add("members", Json.createArrayBuilder().add("olga").add("oscar"))
                        .add("threshold", 2))
                .build();
        String id = officer.post("/api/tenders", draft).json().getString("id");

        GatewayClient.Reply refused = officer.post("/api/tenders/" + id + "/publication");

        assertProblem(refused, 409, "board-not-ready");
        assertThat(refused.json().getString("detail")).contains("oscar").doesNotContain("olga");
        assertThat(officer.get("/api/tenders/" + id).json().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aPassphraseIsSetOnceAndLongEnough() {
        GatewayClient oscar = GatewayClient.signedIn("oscar");
        assertProblem(oscar.put("/api/opening-passphrase", Json.createObjectBuilder().add("passphrase", "short").build()),
                422, "validation-failed");
        assertProblem(GatewayClient.signedIn("olga").put("/api/opening-passphrase",
                Json.createObjectBuilder().add("passphrase", "another long passphrase").build()), 409,
                "opening-credential-exists");
        assertProblem(GatewayClient.signedIn("paul").put("/api/opening-passphrase",
                Json.createObjectBuilder().add("passphrase", "paul wants to open bids").build()), 403, "role-required");
    }

    @Test
    void aDraftIsPrivateUntilPublishedThenPublicUnderItsReference() throws SQLException {
        GatewayClient.Reply created = officer.post("/api/tenders", draft(60, 40, "45000000"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        assertThat(created.json().getJsonArray("lots").getJsonObject(0).getJsonArray("cpv").getJsonObject(0)
                .getString("label")).isEqualTo("Construction work");

        GatewayClient anyone = GatewayClient.anonymous().header("Accept-Language", "fr");
        assertThat(anyone.get("/api/public/tenders?limit=100").text()).doesNotContain(id);

        GatewayClient.Reply published = officer.post("/api/tenders/" + id + "/publication");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        String reference = published.json().getString("reference");
        assertThat(reference).matches("TND-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        assertThat(keyShares(id)).as("one encrypted key share per board member, and no private key").isEqualTo(3);

        JsonObject tender = anyone.get("/api/public/tenders/" + reference).json();
        assertThat(tender.getString("title")).isEqualTo("Rénovation de la mairie");
        assertThat(tender.getString("authority")).isEqualTo("Business Registration Office");
        assertThat(tender.containsKey("draft")).as("the public sees no draft, nor the opening board").isFalse();
        assertThat(anyone.get("/api/public/tenders?limit=100").text()).contains(reference);

        assertProblem(officer.put("/api/tenders/" + id, draft(50, 50, "45000000")), 409, "tender-already-published");
        assertProblem(officer.post("/api/tenders/" + id + "/publication"), 409, "tender-already-published");
    }

    @Test
    void procurementDocumentsAreAttachedToTheDraftAndPublicWithTheTender() {
        String id = officer.post("/api/tenders", draft(60, 40, "45000000")).json().getString("id");
        byte[] specifications = Samples.pdf("Technical specifications: roof, windows, insulation");

        GatewayClient.Reply attached = officer.postRaw("/api/tenders/" + id + "/documents", "application/pdf",
                specifications, "Content-Disposition", "attachment; filename=\"specifications.pdf\"");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertProblem(officer.postRaw("/api/tenders/" + id + "/documents", "application/pdf", "not a pdf".getBytes(),
                "Content-Disposition", "attachment; filename=\"model-contract.pdf\""), 415, "attachment-type-not-allowed");

        String reference = officer.post("/api/tenders/" + id + "/publication").json().getString("reference");
        JsonObject document = GatewayClient.anonymous().get("/api/public/tenders/" + reference).json()
                .getJsonArray("documents").getJsonObject(0);
        assertThat(document.getString("fileName")).isEqualTo("specifications.pdf");
        assertThat(GatewayClient.anonymous().get("/api/public/tenders/" + reference + "/documents/"
                + document.getString("id")).body()).isEqualTo(specifications);
        assertProblem(officer.postRaw("/api/tenders/" + id + "/documents", "application/pdf", specifications),
                409, "tender-already-published");
    }

    @Test
    void crossFieldRulesAreExplainedFieldByField() {
        JsonObject broken = Json.createObjectBuilder(draft(60, 30, "99999999"))
                .add("openingBoard", Json.createObjectBuilder()
                        .add("members", Json.createArrayBuilder().add("olga").add("claire"))
                        .add("threshold", 3))
                .add("submissionDeadline", Instant.now().minus(1, ChronoUnit.DAYS).toString())
                .build();

        GatewayClient.Reply reply = officer.header("Accept-Language", "de").post("/api/tenders", broken);

        assertProblem(reply, 422, "validation-failed");
        List<String> pointers = reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("pointer")).toList();
        assertThat(pointers).containsExactlyInAnyOrder("/submissionDeadline", "/openingBoard/members/1",
                "/openingBoard/threshold", "/lots/0/cpv/0", "/lots/0/criteria");
        assertThat(reply.text()).contains("Die Gewichte der Zuschlagskriterien müssen zusammen 100 ergeben (jetzt 90).");
    }

    @Test
    void theShapeOfADraftIsCheckedByItsSchema() {
        GatewayClient.Reply reply = officer.post("/api/tenders", Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("en", "Roads"))
                .add("procedure", "NEGOTIATED")
                .build());

        assertProblem(reply, 422, "validation-failed");
        assertThat(reply.text()).contains("/procedure").contains("/lots").contains("/submissionDeadline");
    }

    @Test
    void onlyProcurementOfficersDraftAndAnotherAuthoritysTenderIsNotFound() {
        assertProblem(GatewayClient.signedIn("amelie").post("/api/tenders", draft(60, 40, "45000000")), 403,
                "role-required");
        assertProblem(officer.get("/api/tenders/00000000-0000-0000-0000-000000000000"), 404, "not-found");
        assertProblem(GatewayClient.anonymous().get("/api/public/tenders/TND-2000-AAAA-AAAA"), 404, "not-found");
    }

    @Test
    void theCpvVocabularyIsSearchable() {
        GatewayClient.Reply found = GatewayClient.anonymous().get("/api/cpv?q=school%20furniture");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.text()).contains("39160000");
    }

    private static long keyShares(String tenderId) throws SQLException {
        try (Connection database = GatewayDatabase.connect();
             PreparedStatement shares = database.prepareStatement(
                     "select count(*) from tender_key_share s join tender_sealing t on t.tender_id = s.tender_id"
                             + " where t.tender_id = ? and t.threshold = 2")) {
            shares.setString(1, tenderId);
            try (ResultSet count = shares.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    static JsonObject draft(int priceWeight, int qualityWeight, String cpv) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonArrayBuilder criteria = Json.createArrayBuilder()
                .add(criterion("Price", "PRICE", priceWeight))
                .add(criterion("Quality of the works plan", "QUALITY", qualityWeight));
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("en", "Renovation of the town hall").add("fr", "Rénovation de la mairie"))
                .add("description", Json.createObjectBuilder().add("en", "Roof, windows and insulation."))
                .add("procedure", "OPEN")
                .add("questionsDeadline", now.plus(Duration.ofDays(10)).toString())
                .add("submissionDeadline", now.plus(Duration.ofDays(20)).toString())
                .add("openingBoard", Json.createObjectBuilder()
                        .add("members", Json.createArrayBuilder().add("olga").add("omar").add("odile"))
                        .add("threshold", 2))
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("en", "Roof"))
                        .add("cpv", Json.createArrayBuilder().add(cpv))
                        .add("estimatedValue", 250000)
                        .add("currency", "EUR")
                        .add("criteria", criteria)))
                .build();
    }

    private static JsonObjectBuilder criterion(String name, String kind, int weight) {
        return Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("en", name))
                .add("kind", kind).add("weight", weight);
    }
}
