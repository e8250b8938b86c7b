package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opening: nothing opens before the deadline, nor with a wrong passphrase, nor with fewer than k
 * members, and each attempt is recorded; two of the three board members open the bids, which match
 * their receipts.
 */
class OpeningIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");

    @TempDir
    Path work;

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void twoOfThreeMembersOpenTheBidsAfterTheDeadlineAndNotBefore() throws Exception {
        Instant deadline = Instant.now().plusSeconds(7).truncatedTo(ChronoUnit.SECONDS);
        JsonObject draft = Json.createObjectBuilder(TenderIT.draft(60, 40, "45000000"))
                .add("questionsDeadline", deadline.minusSeconds(3).toString())
                .add("submissionDeadline", deadline.toString())
                .build();
        String id = officer.post("/api/tenders", draft).json().getString("id");
        assertThat(officer.post("/api/tenders/" + id + "/publication").status()).isEqualTo(200);
        String reference = officer.get("/api/tenders/" + id).json().getString("reference");
        String jonasReceipt = bid(GatewayClient.signedIn("jonas"), reference, "210000.50");
        String amelieReceipt = bid(GatewayClient.signedIn("amelie"), reference, "198500");

        assertProblem(enter("olga", id, OpeningBoard.passphrase("olga")), 409, "opening-not-allowed");
        assertThat(auditEvents(id, "opening.refused")).isEqualTo(1);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 500);

        GatewayClient.Reply first = enter("olga", id, OpeningBoard.passphrase("olga"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(first.json().getInt("needed")).isEqualTo(2);
        assertThat(first.json().getJsonArray("bids")).isEmpty();
        assertThat(officer.get("/api/tenders/" + id + "/opening").json().getJsonArray("entered").getString(0))
                .as("who has entered, for the others to see").isEqualTo("olga");

        GatewayClient.Reply wrong = enter("omar", id, "not omar's passphrase");
        assertProblem(wrong, 422, "wrong-passphrase");
        assertThat(wrong.json().getString("detail")).contains("omar");
        assertThat(auditEvents(id, "opening.wrong-passphrase")).isEqualTo(1);
        assertThat(officer.get("/api/tenders/" + id + "/opening").json().getString("status")).isEqualTo("PUBLISHED");

        GatewayClient.Reply opened = enter("omar", id, OpeningBoard.passphrase("omar"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().getString("status")).isEqualTo("OPENED");
        List<JsonObject> bids = opened.json().getJsonArray("bids").getValuesAs(JsonObject.class);
        assertThat(bids).extracting(b -> b.getString("organisation"))
                .containsExactlyInAnyOrder("Nordlicht Logistik GmbH", "Atelier Dupont SARL");
        assertThat(bids).allSatisfy(b -> assertThat(b.getBoolean("matchesReceipt")).isTrue());
        assertThat(bids).extracting(b -> b.getString("sha256")).containsExactlyInAnyOrder(jonasReceipt, amelieReceipt);
        assertThat(bids).extracting(b -> b.getJsonObject("bid").getJsonArray("lots").getJsonObject(0)
                        .getJsonNumber("price").bigDecimalValue().stripTrailingZeros().toPlainString())
                .as("prices as sealed, in canonical JSON").containsExactlyInAnyOrder("210000.5", "198500");
        assertThat(officer.get("/api/tenders/" + id + "/opening").json().getJsonArray("bids")).hasSize(2);

        Path report = Files.write(work.resolve("opening-report.pdf"),
                officer.get("/api/tenders/" + id + "/opening/report").body());
        assertThat(ExternalTool.run("pdfsig", report.toString()).output()).contains("Signature is Valid");
        assertThat(ExternalTool.run("pdftotext", report.toString(), "-").output())
                .contains(reference).contains("Nordlicht Logistik GmbH").contains("Atelier Dupont SARL")
                .contains("Olga Peeters").contains("Omar Haddad");
        assertProblem(enter("odile", id, OpeningBoard.passphrase("odile")), 409, "opening-not-allowed");
    }

    @Test
    void onlyTheTendersBoardTakesPart() {
        String id = officer.post("/api/tenders", TenderIT.draft(60, 40, "45000000")).json().getString("id");

        assertProblem(enter("oscar", id, "oscar's long passphrase"), 404, "not-found");
        assertProblem(GatewayClient.signedIn("jonas").post("/api/tenders/" + id + "/opening",
                Json.createObjectBuilder().add("passphrase", "a firm tries to open").build()), 403, "role-required");
    }

    private static GatewayClient.Reply enter(String member, String tenderId, String passphrase) {
        return GatewayClient.signedIn(member).post("/api/tenders/" + tenderId + "/opening",
                Json.createObjectBuilder().add("passphrase", passphrase).build());
    }

    private static String bid(GatewayClient bidder, String reference, String price) {
        GatewayClient.Reply received = bidder.post("/api/public/tenders/" + reference + "/bids", Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lot", 1).add("price", new BigDecimal(price))))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .build());
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().getString("sha256");
    }

    private static long auditEvents(String tenderId, String action) throws Exception {
        try (Connection database = GatewayDatabase.connect();
             PreparedStatement events = database.prepareStatement(
                     "select count(*) from audit_event where subject = ? and action = ?")) {
            events.setString(1, tenderId);
            events.setString(2, action);
            try (ResultSet count = events.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
