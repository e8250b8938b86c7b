package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Bad input gets a precise problem+json in the caller's language, and nothing already filed
 * changes.
 */
class FilingRefusalsIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");

    @Test
    void malformedJsonIsRefusedAsAProblem() {
        GatewayClient.Reply reply = amelie.postRaw("/api/filings", "application/json", "{\"form\": ".getBytes());

        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at eu.egov");
    }

    @Test
    void anOversizedJsonBodyIsCutOff() {
        String padding = "x".repeat(2 * 1024 * 1024);
        GatewayClient.Reply reply = amelie.postRaw("/api/filings", "application/json",
                ("{\"form\": \"" + padding + "\", \"data\": {}}").getBytes());

        assertProblem(reply, 413, "request-too-large");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        GatewayClient.Reply reply = amelie.postRaw("/api/filings", "application/json",
                "{\"form\": \"business-activity-change\", \"data\": \"not an object\"}".getBytes());

        assertProblem(reply, 400, "malformed-request");
    }

    @Test
    void anUnknownFormIsRefused() {
        GatewayClient.Reply reply = amelie.post("/api/filings",
                Json.createObjectBuilder().add("form", "no-such-form").add("data", JsonObject.EMPTY_JSON_OBJECT).build());

        assertProblem(reply, 422, "unknown-form");
        assertThat(reply.json().getString("detail")).contains("no-such-form");
    }

    @Test
    void missingMembersOfTheRequestAreNamed() {
        GatewayClient.Reply reply = amelie.post("/api/filings", Json.createObjectBuilder().add("form", Samples.FORM).build());

        assertProblem(reply, 422, "validation-failed");
        assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/data");
    }

    @Test
    void everyViolationOfTheFormIsReportedPerFieldInTheCallersLanguage() {
        String id = draft(amelie, Json.createObjectBuilder()
                .add("effectiveDate", "15/01/2027")
                .add("newActivityCode", "restaurant")
                .add("employees", "four")
                .build());

        GatewayClient.Reply reply = amelie.header("Accept-Language", "fr").post("/api/filings/" + id + "/submission");

        assertProblem(reply, 422, "validation-failed");
        assertThat(reply.header("Content-Language")).isEqualTo("fr");
        assertThat(reply.json().getString("title")).isEqualTo("Certains champs sont à corriger");
        List<String> pointers = reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("pointer")).toList();
        assertThat(pointers).contains("/effectiveDate", "/newActivityCode", "/employees", "/currentActivityCode",
                "/newActivityDescription", "/declaration", "/attachments/statutes");
        JsonObject date = violation(reply, "/effectiveDate");
        assertThat(date.getString("label")).isEqualTo("Date de prise d'effet du changement");
        assertThat(date.getString("message")).isEqualTo("Saisissez une date au format AAAA-MM-JJ.");
        assertThat(violation(reply, "/currentActivityCode").getString("message")).isEqualTo("Ce champ est obligatoire.");
        assertThat(amelie.get("/api/filings/" + id).json().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aCheckReportsWhatSubmissionWouldRefuseAndSubmitsNothing() {
        String id = draft(amelie, Json.createObjectBuilder().add("effectiveDate", "demain").build());

        GatewayClient.Reply check = amelie.header("Accept-Language", "de").post("/api/filings/" + id + "/check");

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("pointer")).isEqualTo("/effectiveDate"))
                .anySatisfy(v -> assertThat(v.getString("message")).isEqualTo("Dieses Feld ist ein Pflichtfeld."));
        assertThat(amelie.get("/api/filings/" + id).json().getString("status")).isEqualTo("DRAFT");
        String complete = completeDraft(amelie);
        assertThat(amelie.post("/api/filings/" + complete + "/check").json().getJsonArray("violations")).isEmpty();
    }

    @Test
    void anAttachmentWhoseContentIsNotAllowedIsRefusedWhateverItsName() {
        String id = draft(amelie, Samples.validData());

        GatewayClient.Reply reply = amelie.postRaw("/api/filings/" + id + "/attachments/statutes", "application/pdf",
                "#!/bin/sh\nrm -rf /\n".getBytes(), "Content-Disposition", "attachment; filename=\"statutes.pdf\"");

        assertProblem(reply, 415, "attachment-type-not-allowed");
        assertThat(amelie.get("/api/filings/" + id).json().getJsonArray("attachments")).isEmpty();
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefused() {
        String id = draft(amelie, Samples.validData());
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(Samples.pdf("large"), 0, large, 0, 100);

        GatewayClient.Reply reply = amelie.postRaw("/api/filings/" + id + "/attachments/statutes", "application/pdf", large);

        assertProblem(reply, 413, "attachment-too-large");
        assertThat(amelie.get("/api/filings/" + id).json().getJsonArray("attachments")).isEmpty();
    }

    @Test
    void submittingTwiceIsAConflictAndChangesNothing() {
        String id = completeDraft(amelie);
        GatewayClient.Reply first = amelie.post("/api/filings/" + id + "/submission");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String reference = first.json().getJsonObject("submission").getString("reference");

        GatewayClient.Reply second = amelie.post("/api/filings/" + id + "/submission");

        assertProblem(second, 409, "filing-already-submitted");
        assertThat(second.json().getString("detail")).contains(reference);
        assertThat(amelie.get("/api/filings/" + id).json().getJsonObject("submission").getString("reference"))
                .isEqualTo(reference);
        GatewayClient.Reply edit = amelie.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", JsonObject.EMPTY_JSON_OBJECT).build());
        assertProblem(edit, 409, "filing-already-submitted");
    }

    @Test
    void anotherFirmsFilingIsNotFoundRatherThanForbidden() {
        String id = completeDraft(amelie);
        GatewayClient jonas = GatewayClient.signedIn("jonas");

        assertProblem(jonas.get("/api/filings/" + id), 404, "not-found");
        assertProblem(jonas.post("/api/filings/" + id + "/submission"), 404, "not-found");
        assertProblem(jonas.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", JsonObject.EMPTY_JSON_OBJECT).build()), 404, "not-found");
        assertThat(amelie.get("/api/filings/" + id).json().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aStaleSaveIsRefusedWithPreconditionFailed() {
        GatewayClient.Reply created = amelie.post("/api/filings",
                Json.createObjectBuilder().add("form", Samples.FORM).add("data", Samples.validData()).build());
        String id = created.json().getString("id");
        String staleTag = created.header("ETag");
        amelie.put("/api/filings/" + id + "/data", Json.createObjectBuilder().add("data", Samples.validData()).build(),
                "If-Match", staleTag);

        GatewayClient.Reply stale = amelie.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", JsonObject.EMPTY_JSON_OBJECT).build(), "If-Match", staleTag);

        assertProblem(stale, 412, "edit-conflict");
        assertThat(amelie.get("/api/filings/" + id).json().getJsonObject("data")).isEqualTo(Samples.validData());
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheSameDraft() {
        JsonObject body = Json.createObjectBuilder().add("form", Samples.FORM).add("data", Samples.validData()).build();
        GatewayClient client = GatewayClient.signedIn("amelie").header("Idempotency-Key", "retry-" + System.nanoTime());

        GatewayClient.Reply first = client.post("/api/filings", body);
        GatewayClient.Reply retry = client.post("/api/filings", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
    }

    @Test
    void anIdempotencyKeyLongerThanTheGatewayKeepsIsRefusedAndNothingIsCreated() {
        long drafts = amelie.get("/api/filings").json().getJsonNumber("total").longValue();
        GatewayClient.Reply reply = GatewayClient.signedIn("amelie").header("Idempotency-Key", "k".repeat(201)).post(
                "/api/filings", Json.createObjectBuilder().add("form", Samples.FORM).add("data", Samples.validData()).build());

        assertProblem(reply, 400, "idempotency-key-invalid");
        assertThat(amelie.get("/api/filings").json().getJsonNumber("total").longValue()).isEqualTo(drafts);
    }

    @Test
    void withoutSignInNothingIsAnswered() {
        assertProblem(GatewayClient.anonymous().get("/api/filings"), 401, "authentication-required");
        GatewayClient.Reply german = GatewayClient.anonymous().header("Accept-Language", "de-AT, en;q=0.5").get("/api/forms");
        assertProblem(german, 401, "authentication-required");
        assertThat(german.json().getString("title")).isEqualTo("Anmeldung erforderlich");
    }

    @Test
    void aWrongPasswordIsRefused() {
        GatewayClient.Reply reply = GatewayClient.anonymous().post("/api/session",
                Json.createObjectBuilder().add("username", "jonas").add("password", "guess").build());

        assertProblem(reply, 401, "invalid-credentials");
    }

    @Test
    void aSessionRequestWithoutTheCsrfTokenChangesNothing() {
        GatewayClient forged = GatewayClient.signedIn("amelie").withoutCsrfToken();

        GatewayClient.Reply reply = forged.post("/api/filings",
                Json.createObjectBuilder().add("form", Samples.FORM).add("data", Samples.validData()).build());

        assertProblem(reply, 403, "csrf-token-invalid");
    }

    @Test
    void aFirmUserCannotWorkTheClerksDesk() {
        assertProblem(amelie.get("/api/cases"), 403, "role-required");
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        assertProblem(amelie.get("/api/no-such-thing"), 404, "not-found");
    }

    static String draft(GatewayClient client, JsonObject data) {
        GatewayClient.Reply created = client.post("/api/filings",
                Json.createObjectBuilder().add("form", Samples.FORM).add("data", data).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    static String completeDraft(GatewayClient client) {
        String id = draft(client, Samples.validData());
        GatewayClient.Reply attached = client.postRaw("/api/filings/" + id + "/attachments/statutes", "application/pdf",
                Samples.pdf("statutes"), "Content-Disposition", "attachment; filename=\"statutes.pdf\"");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        return id;
    }

    static void assertProblem(GatewayClient.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).isEqualTo("/problems/" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
    }

    private static JsonObject violation(GatewayClient.Reply reply, String pointer) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("pointer").equals(pointer)).findFirst().orElseThrow();
    }
}
