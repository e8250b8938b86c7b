package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corrigendum publishes a changed version: a late one pushes the deadline back so that six days
 * remain, and firms that already bid must confirm or replace their bids.
 */
class CorrigendumIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");
    private final GatewayClient bidder = GatewayClient.signedIn("jonas");

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void aLateCorrigendumExtendsTheDeadlineAndAsksBiddersToConfirm() {
        Instant deadline = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject draft = Json.createObjectBuilder(TenderIT.draft(60, 40, "45000000"))
                .add("questionsDeadline", deadline.minus(Duration.ofDays(1)).toString())
                .add("submissionDeadline", deadline.toString())
                .build();
        String id = officer.post("/api/tenders", draft).json().getString("id");
        officer.post("/api/tenders/" + id + "/publication");
        String reference = officer.get("/api/tenders/" + id).json().getString("reference");
        String bids = "/api/public/tenders/" + reference + "/bids";
        assertThat(bidder.post(bids, bid()).status()).isEqualTo(201);

        JsonObject changed = Json.createObjectBuilder(draft)
                .add("description", Json.createObjectBuilder().add("en", "Roof, windows, insulation and solar panels."))
                .build();
        GatewayClient.Reply amended = officer.post("/api/tenders/" + id + "/corrigenda", Json.createObjectBuilder()
                .add("draft", changed)
                .add("summary", Json.createObjectBuilder().add("en", "Solar panels added to the works."))
                .build());

        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        Instant extended = Instant.parse(amended.json().getString("submissionDeadline"));
        assertThat(extended).isAfterOrEqualTo(Instant.now().plus(Duration.ofDays(6)).minusSeconds(60));
        JsonObject published = GatewayClient.anonymous().get("/api/public/tenders/" + reference).json();
        assertThat(published.getString("description")).contains("solar panels");
        JsonObject corrigendum = published.getJsonArray("corrigenda").getJsonObject(0);
        assertThat(corrigendum.getInt("number")).isEqualTo(1);
        assertThat(corrigendum.getString("summary")).isEqualTo("Solar panels added to the works.");
        assertThat(Instant.parse(corrigendum.getString("previousDeadline"))).isEqualTo(deadline);

        assertThat(bidder.get(bids + "/mine").jsonArray().getJsonObject(0).getBoolean("needsConfirmation")).isTrue();
        GatewayClient.Reply confirmed = bidder.post(bids + "/mine/confirmation");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getBoolean("needsConfirmation")).isFalse();
    }

    @Test
    void theOpeningBoardCannotChangeAfterPublication() {
        JsonObject draft = TenderIT.draft(60, 40, "45000000");
        String id = officer.post("/api/tenders", draft).json().getString("id");
        officer.post("/api/tenders/" + id + "/publication");

        JsonObject otherBoard = Json.createObjectBuilder(draft)
                .add("openingBoard", Json.createObjectBuilder()
                        .add("members", Json.createArrayBuilder().add("olga").add("omar"))
                        .add("threshold", 2))
                .build();
        GatewayClient.Reply refused = officer.post("/api/tenders/" + id + "/corrigenda", Json.createObjectBuilder()
                .add("draft", otherBoard)
                .add("summary", Json.createObjectBuilder().add("en", "Smaller board."))
                .build());

        assertProblem(refused, 422, "validation-failed");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/openingBoard");
        assertProblem(officer.post("/api/tenders/" + officer.post("/api/tenders", draft).json().getString("id")
                + "/corrigenda", Json.createObjectBuilder().add("draft", draft)
                .add("summary", Json.createObjectBuilder().add("en", "A draft has no corrigenda.")).build()), 409,
                "submission-closed");
    }

    static JsonObject bid() {
        return Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lot", 1).add("price", 150000)))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .build();
    }
}
