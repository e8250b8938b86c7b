package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal clock runs on the filing process's timers: before the deadline the authority's queue is
 * warned; once it has passed, a form whose law makes silence an approval is approved and the firm gets
 * the signed certificate, and any other case is flagged overdue and still awaits its decision. The test
 * publishes forms with a lead time of seconds, so that their deadlines pass while it watches.
 */
class LegalClockIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GatewayClient admin = GatewayClient.signedIn("admin");
    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient claire = GatewayClient.signedIn("claire");

    @TempDir
    Path work;

    @Test
    void silenceApprovesWhereTheLawSaysSoAndOtherwiseTheCaseIsOverdue() throws Exception {
        String permissive = publish(admin, true);
        String strict = publish(admin, false);
        String tacitId = submitted(permissive);
        String overdueId = submitted(strict);
        String overdueReference = amelie.get("/api/filings/" + overdueId).json().getJsonObject("submission").getString("reference");

        JsonObject approved = waitFor(tacitId, filing -> filing.getString("status").equals("APPROVED"));

        assertThat(approved.getJsonObject("decision").getString("outcome")).isEqualTo("TACITLY_APPROVED");
        assertThat(approved.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("kind")).containsExactly("SUBMITTED", "TACITLY_APPROVED");
        Path certificate = Files.write(work.resolve("certificate.pdf"), amelie.get("/api/filings/" + tacitId + "/decision").body());
        assertThat(ExternalTool.run("pdfsig", certificate.toString()).output()).contains("Signature is Valid");
        assertThat(ExternalTool.run("pdftotext", certificate.toString(), "-").output())
                .contains("Attestation d’approbation tacite", "Approuvé par le silence de l’administration");
        assertThat(amelie.get("/api/notices").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(notice -> assertThat(notice.getString("subject")).contains("est approuvé"));

        waitUntil(() -> kinds(overdueReference).contains("OVERDUE"));
        assertThat(kinds(overdueReference)).containsSubsequence("SUBMITTED", "DUE_SOON", "OVERDUE");
        assertThat(amelie.get("/api/filings/" + overdueId).json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(claire.get("/api/cases?limit=100&view=overdue").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(line -> {
                    assertThat(line.getString("reference")).isEqualTo(overdueReference);
                    assertThat(line.getString("deadline")).isEqualTo("OVERDUE");
                });
    }

    private List<String> kinds(String reference) {
        return claire.get("/api/cases/" + reference + "/history").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("kind")).toList();
    }

    private JsonObject waitFor(String filingId, Predicate<JsonObject> condition) throws InterruptedException {
        JsonObject[] last = new JsonObject[1];
        waitUntil(() -> condition.test(last[0] = amelie.get("/api/filings/" + filingId).json()));
        return last[0];
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the process's timers").isBefore(giveUp);
            Thread.sleep(500);
        }
    }

    private String submitted(String code) {
        GatewayClient.Reply created = amelie.post("/api/filings", Json.createObjectBuilder().add("form", code)
                .add("data", Json.createObjectBuilder().add("stallName", "Fromagerie Dupont").add("declaration", true)).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        GatewayClient.Reply submitted = amelie.post("/api/filings/" + id + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return id;
    }

    /** A market stall permit the authority must decide on within eight seconds; its code. */
    static String publish(GatewayClient admin, boolean tacitApproval) {
        String code = "quick-stall-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject definition = Json.createObjectBuilder()
                .add("code", code)
                .add("version", 1)
                .add("title", Json.createObjectBuilder().add("en", "Market stall permit").add("fr", "Autorisation d'étal"))
                .add("description", Json.createObjectBuilder().add("en", "A pitch at the weekly market."))
                .add("decision", Json.createObjectBuilder().add("leadTime", "PT8S").add("tacitApproval", tacitApproval))
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
}
