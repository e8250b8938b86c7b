package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Market stall permits the tests publish as the demo authority's administrator, with legal times of
 * seconds, so that a filing process's timers fire while a test watches; and filings of them.
 */
final class StallPermits {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private StallPermits() {
    }

    /** Publishes a new permit form with these decision rules ({@code leadTime}, {@code tacitApproval}, …); its code. */
    static String publish(JsonObject decision) {
        GatewayClient admin = GatewayClient.signedIn("admin");
        String code = "stall-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject definition = Json.createObjectBuilder()
                .add("code", code)
                .add("version", 1)
                .add("title", Json.createObjectBuilder().add("en", "Market stall permit").add("fr", "Autorisation d'étal"))
                .add("description", Json.createObjectBuilder().add("en", "A pitch at the weekly market."))
                .add("decision", decision)
                .add("schema", Json.createObjectBuilder().add("type", "object")
                        .add("required", Json.createArrayBuilder().add("stallName").add("declaration"))
                        .add("properties", Json.createObjectBuilder()
                                .add("stallName", Json.createObjectBuilder().add("type", "string"))
                                .add("declaration", Json.createObjectBuilder().add("const", true))))
                .add("ui", Json.createObjectBuilder().add("fields", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("pointer", "/stallName").add("label", Json.createObjectBuilder().add("en", "Stall")))
                        .add(Json.createObjectBuilder().add("pointer", "/declaration").add("widget", "checkbox")
                                .add("label", Json.createObjectBuilder().add("en", "Correct")))))
                .add("attachments", Json.createArrayBuilder())
                .build();
        GatewayClient.Reply drafted = admin.post("/api/admin/forms", definition);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(admin.post("/api/admin/forms/" + code + "/versions/1/publication").status()).isEqualTo(200);
        return code;
    }

    /** A filing of the form, submitted by the applicant; its id. */
    static String submitted(GatewayClient applicant, String code) {
        GatewayClient.Reply created = applicant.post("/api/filings", Json.createObjectBuilder().add("form", code)
                .add("data", Json.createObjectBuilder().add("stallName", "Fromagerie Dupont").add("declaration", true)).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        GatewayClient.Reply submitted = applicant.post("/api/filings/" + id + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return id;
    }

    /** Waits, a minute at most, for what a process's timer brings about. */
    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the process's timers").isBefore(giveUp);
            Thread.sleep(500);
        }
    }
}
