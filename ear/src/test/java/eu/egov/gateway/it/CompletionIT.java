package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * A request for completion: the clerk names what is missing, the firm is told, completes its filing and
 * sends it again, and the legal clock stood still meanwhile; a filing not completed by the completion
 * deadline (a BPMN timer) closes as withdrawn, and completing it then is refused. The test's form gives
 * firms eight seconds to complete, so that the deadline passes while it watches.
 */
class CompletionIT {

    private static final JsonObject EIGHT_SECONDS_TO_COMPLETE =
            Json.createObjectBuilder().add("leadTime", "P30D").add("completionTime", "PT8S").build();

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient claire = GatewayClient.signedIn("claire");

    @Test
    void theFirmCompletesItsFilingAndTheClockStoodStillMeanwhile() throws Exception {
        String code = StallPermits.publish(EIGHT_SECONDS_TO_COMPLETE);
        String id = StallPermits.submitted(amelie, code);
        String reference = reference(id);
        assertProblem(claire.post("/api/cases/" + reference + "/completion-request", request()), 409, "case-not-claimed");
        assertProblem(amelie.post("/api/filings/" + id + "/completion"), 409, "no-completion-requested");
        Instant dueBefore = Instant.parse(amelie.get("/api/filings/" + id).json().getString("decisionDue"));
        assertThat(claire.post("/api/cases/" + reference + "/claim").status()).isEqualTo(200);

        GatewayClient.Reply asked = claire.post("/api/cases/" + reference + "/completion-request", request());

        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        JsonObject waiting = amelie.get("/api/filings/" + id).json();
        assertThat(waiting.getString("status")).isEqualTo("TO_COMPLETE");
        assertThat(waiting.getJsonObject("completion").getString("missing")).isEqualTo("Indiquez le numéro de l'emplacement.");
        assertThat(amelie.get("/api/notices").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(notice -> assertThat(notice.getString("body")).contains("Indiquez le numéro de l'emplacement."));
        assertThat(queue("waiting")).as("the clock stands still: not in the queue").doesNotContain(reference);
        Thread.sleep(2000);

        GatewayClient.Reply edited = amelie.put("/api/filings/" + id + "/data", Json.createObjectBuilder().add("data",
                Json.createObjectBuilder().add("stallName", "Fromagerie Dupont, emplacement 12").add("declaration", true)).build());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        GatewayClient.Reply completed = amelie.post("/api/filings/" + id + "/completion");

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().getString("status")).isEqualTo("IN_REVIEW");
        assertThat(Instant.parse(completed.json().getString("decisionDue"))).as("moved by the wait")
                .isAfter(dueBefore.plusSeconds(2));
        assertThat(completed.json().getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("kind")).containsExactly("SUBMITTED", "COMPLETION_REQUESTED", "COMPLETED");
        assertThat(queue("mine")).as("back with the clerk who asked").contains(reference);
        GatewayClient.Reply decided = claire.post("/api/cases/" + reference + "/decision",
                Json.createObjectBuilder().add("outcome", "APPROVED").add("reason", "Emplacement 12 attribué.").build());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    @Test
    void aFilingNotCompletedInTimeClosesAsWithdrawn() throws Exception {
        String id = StallPermits.submitted(amelie, StallPermits.publish(EIGHT_SECONDS_TO_COMPLETE));
        String reference = reference(id);
        assertThat(claire.post("/api/cases/" + reference + "/claim").status()).isEqualTo(200);
        assertThat(claire.post("/api/cases/" + reference + "/completion-request", request()).status()).isEqualTo(200);

        StallPermits.waitUntil(() -> amelie.get("/api/filings/" + id).json().getString("status").equals("WITHDRAWN"));

        assertProblem(amelie.header("Accept-Language", "de").post("/api/filings/" + id + "/completion"), 409, "completion-closed");
        assertProblem(amelie.put("/api/filings/" + id + "/data", Json.createObjectBuilder().add("data",
                Json.createObjectBuilder().add("stallName", "trop tard").add("declaration", true)).build()), 409,
                "filing-already-submitted");
        assertThat(amelie.get("/api/filings/" + id).json().getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("kind")).containsExactly("SUBMITTED", "COMPLETION_REQUESTED", "WITHDRAWN");
    }

    private static JsonObject request() {
        return Json.createObjectBuilder().add("missing", "Indiquez le numéro de l'emplacement.").build();
    }

    private List<String> queue(String view) {
        return claire.get("/api/cases?limit=100&view=" + view).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(line -> line.getString("reference")).toList();
    }

    private String reference(String id) {
        return amelie.get("/api/filings/" + id).json().getJsonObject("submission").getString("reference");
    }



}
