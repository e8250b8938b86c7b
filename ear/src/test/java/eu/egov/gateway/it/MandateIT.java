package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An accountant files for a client firm under the mandate the firm gave it: the filing is the client's, the
 * receipt says who filed it under which mandate, and a mandate that does not exist, is another's, does not cover
 * the form, has not started or has ended stops every change with a precise problem, changing nothing.
 */
class MandateIT {

    private static final String FIDUCIAIRE = "RCS Lyon 901 234 567";

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient fanny = GatewayClient.signedIn("fanny");

    @TempDir
    Path work;

    @Test
    void theFirmGrantsAMandateAndBothSidesListIt() {
        GatewayClient.Reply granted = amelie.post("/api/mandates",
                mandate(FIDUCIAIRE, Instant.now().plus(Duration.ofDays(90)))
                        .add("forms", Json.createArrayBuilder().add("terrace-permit")).build());

        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        JsonObject mandate = granted.json();
        String reference = mandate.getString("reference");
        assertThat(reference).startsWith("MND-");
        assertThat(mandate.getString("state")).isEqualTo("ACTIVE");
        assertThat(mandate.getJsonObject("agent").getString("name")).isEqualTo("Fiduciaire Martin & Associés");
        assertThat(mandate.getJsonObject("principal").getString("name")).isEqualTo("Atelier Dupont SARL");
        assertThat(mandate.getJsonArray("forms").getString(0)).isEqualTo("terrace-permit");
        assertThat(references(amelie.get("/api/mandates").json(), "given")).contains(reference);
        assertThat(references(fanny.get("/api/mandates").json(), "received")).contains(reference);
        assertThat(references(fanny.get("/api/mandates").json(), "given")).doesNotContain(reference);
        assertThat(references(GatewayClient.signedIn("jonas").get("/api/mandates").json(), "received"))
                .doesNotContain(reference);
    }

    @Test
    void theAccountantFilesForTheClientAndTheReceiptSaysSo() throws IOException {
        String mandate = grant(Instant.now().plus(Duration.ofDays(30)));
        String id = draftFor(mandate, "business-activity-change");
        JsonObject draft = fanny.get("/api/filings/" + id).json();
        assertThat(draft.getString("organisation")).isEqualTo("Atelier Dupont SARL");
        assertThat(draft.getJsonObject("onBehalf").getString("agent")).isEqualTo("Fiduciaire Martin & Associés");
        assertThat(draft.getJsonObject("onBehalf").getString("mandate")).isEqualTo(mandate);

        GatewayClient.Reply submitted = fanny.post("/api/filings/" + id + "/submission");

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String reference = submitted.json().getJsonObject("submission").getString("reference");
        Path receipt = Files.write(work.resolve("receipt.pdf"), fanny.get("/api/filings/" + id + "/receipt").body());
        assertThat(ExternalTool.run("pdftotext", receipt.toString(), "-").output().replaceAll("\\s+", " "))
                .contains("Déposé par Fanny Martin de Fiduciaire Martin & Associés pour le compte de Atelier Dupont SARL"
                        + " en vertu du mandat " + mandate + " (valable jusqu’au");
        assertThat(fanny.get("/api/filings/" + id + "/canonical-form").json().getJsonObject("onBehalf").getString("mandate"))
                .isEqualTo(mandate);

        JsonObject seenByClient = amelie.get("/api/filings/" + id).json();
        assertThat(seenByClient.getString("status")).isEqualTo("SUBMITTED");
        assertThat(WorkspaceIT.person(seenByClient, "startedBy")).isEqualTo("Fanny Martin, Fiduciaire Martin & Associés");
        assertThat(amelie.get("/api/filings/" + id + "/receipt").status()).isEqualTo(200);
        JsonObject seenByClerk = GatewayClient.signedIn("claire").get("/api/cases/" + reference).json();
        assertThat(seenByClerk.getJsonObject("onBehalf").getString("mandate")).isEqualTo(mandate);
        assertThat(seenByClerk.getString("organisation")).isEqualTo("Atelier Dupont SARL");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        GatewayClient claire = GatewayClient.signedIn("claire");
        assertThat(claire.get("/api/cases/export?format=csv&from=" + today).text())
                .contains(reference + ",", ",Atelier Dupont SARL,FR,", ",Fiduciaire Martin & Associés," + mandate + "\r\n");
        assertThat(claire.get("/api/cases/export?format=json&from=" + today).jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(line -> line.getString("reference").equals(reference)).singleElement()
                .satisfies(line -> {
                    assertThat(line.getString("intermediary")).isEqualTo("Fiduciaire Martin & Associés");
                    assertThat(line.getString("mandate")).isEqualTo(mandate);
                });
    }

    @Test
    void theAccountantIsToldWhatTheAuthorityWritesAboutWhatItFiledAsTheClientIs() {
        String mandate = grant(Instant.now().plus(Duration.ofDays(30)));
        String id = draftFor(mandate, "business-activity-change");
        GatewayClient.Reply submitted = fanny.post("/api/filings/" + id + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String reference = submitted.json().getJsonObject("submission").getString("reference");

        GatewayClient.Reply written = GatewayClient.signedIn("claire").post("/api/cases/" + reference + "/messages",
                Json.createObjectBuilder().add("text", "Merci de préciser la date d'effet.")
                        .add("attachments", Json.createArrayBuilder()).build());

        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        for (GatewayClient side : List.of(fanny, amelie)) {
            assertThat(side.get("/api/notices?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .filteredOn(notice -> notice.getString("subject").contains(reference)).singleElement()
                    .satisfies(notice -> {
                        assertThat(notice.getString("kind")).isEqualTo("message-received");
                        assertThat(notice.getString("link")).isEqualTo("/filing.html?id=" + id + "#messages");
                    });
        }
        assertThat(fanny.get("/api/filings/" + id + "/messages").jsonArray()).singleElement()
                .satisfies(message -> assertThat(message.asJsonObject().getString("text"))
                        .isEqualTo("Merci de préciser la date d'effet."));
    }

    @Test
    void theAccountantsIdempotencyKeysAreItsOwnNotTheClients() {
        String mandate = grant(Instant.now().plus(Duration.ofDays(30)));
        String key = "key-" + System.nanoTime();
        JsonObject own = Json.createObjectBuilder().add("form", Samples.FORM).add("data", Samples.validData()).build();
        GatewayClient.Reply clients = GatewayClient.signedIn("amelie").header("Idempotency-Key", key).post("/api/filings", own);
        GatewayClient accountant = GatewayClient.signedIn("fanny").header("Idempotency-Key", key);

        GatewayClient.Reply first = accountant.post("/api/filings", newFiling(mandate, Samples.FORM));
        GatewayClient.Reply retry = accountant.post("/api/filings", newFiling(mandate, Samples.FORM));

        assertThat(clients.status()).isEqualTo(201);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("id")).isNotEqualTo(clients.json().getString("id"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
    }

    @Test
    void aMandateThatDoesNotExistOrIsAnothersIsNotFoundAndNothingIsCreated() {
        long before = total(fanny);
        assertProblem(fanny.post("/api/filings", newFiling("MND-2026-0000-0000", Samples.FORM)), 404, "mandate-not-found");
        String rossis = reference(amelie.post("/api/mandates",
                mandate(Json.createObjectBuilder().add("country", "IT").add("registrationNumber", "REA MI-2345678"),
                        Instant.now().plus(Duration.ofDays(30))).build()));

        GatewayClient.Reply others = fanny.post("/api/filings", newFiling(rossis, Samples.FORM));

        assertProblem(others, 404, "mandate-not-found");
        assertThat(others.json().getString("detail")).contains(rossis);
        assertThat(total(fanny)).isEqualTo(before);
    }

    @Test
    void aFormTheMandateDoesNotCoverOrAMandateNotYetStartedIsRefused() {
        String terraces = reference(amelie.post("/api/mandates", mandate(FIDUCIAIRE, Instant.now().plus(Duration.ofDays(30)))
                .add("forms", Json.createArrayBuilder().add("terrace-permit")).build()));
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String later = reference(amelie.post("/api/mandates", mandate(FIDUCIAIRE, tomorrow.plus(Duration.ofDays(30)))
                .add("validFrom", tomorrow.toString()).build()));
        long before = total(fanny);

        GatewayClient.Reply outOfScope = GatewayClient.signedIn("fanny").header("Accept-Language", "en")
                .post("/api/filings", newFiling(terraces, Samples.FORM));
        GatewayClient.Reply early = fanny.post("/api/filings", newFiling(later, Samples.FORM));

        assertProblem(outOfScope, 403, "mandate-out-of-scope");
        assertThat(outOfScope.json().getString("detail")).isEqualTo("The mandate " + terraces
                + " does not cover the form \"business-activity-change\". Nothing was changed.");
        assertProblem(early, 403, "mandate-not-yet-valid");
        assertThat(total(fanny)).isEqualTo(before);
    }

    @Test
    void aMandateRevokedBetweenDraftAndSubmissionStopsTheSubmissionAndEveryChange() throws SQLException {
        String mandate = grant(Instant.now().plus(Duration.ofDays(30)));
        String id = draftFor(mandate, Samples.FORM);
        GatewayClient.Reply revoked = amelie.post("/api/mandates/" + mandate + "/revocation");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("state")).isEqualTo("REVOKED");

        GatewayClient.Reply submission = GatewayClient.signedIn("fanny").header("Accept-Language", "de")
                .post("/api/filings/" + id + "/submission");
        GatewayClient.Reply save = fanny.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", JsonObject.EMPTY_JSON_OBJECT).build());

        assertProblem(submission, 403, "mandate-ended");
        assertThat(submission.json().getString("detail")).startsWith("Die Vollmacht " + mandate + " endete am ");
        assertProblem(save, 403, "mandate-ended");
        JsonObject kept = fanny.get("/api/filings/" + id).json();
        assertThat(kept.getString("status")).isEqualTo("DRAFT");
        assertThat(kept.getJsonObject("data")).isEqualTo(Samples.validData());
        assertProblem(amelie.post("/api/mandates/" + mandate + "/revocation"), 403, "mandate-ended");
        assertThat(amelie.post("/api/filings/" + id + "/submission").status())
                .as("the client itself may still submit its draft").isEqualTo(201);
        assertThat(audited(mandate)).containsExactly("mandate.granted", "mandate.revoked");
    }

    @Test
    void whatWasFiledUnderAMandateStaysFiledWhenItEnds() {
        String mandate = grant(Instant.now().plus(Duration.ofDays(30)));
        String id = draftFor(mandate, Samples.FORM);
        JsonObject submitted = fanny.post("/api/filings/" + id + "/submission").json();

        amelie.post("/api/mandates/" + mandate + "/revocation");

        JsonObject after = fanny.get("/api/filings/" + id).json();
        assertThat(after.getString("status")).isEqualTo(submitted.getString("status"));
        assertThat(after.getJsonObject("submission")).isEqualTo(submitted.getJsonObject("submission"));
        assertThat(fanny.get("/api/filings/" + id + "/receipt").status()).isEqualTo(200);
    }

    @Test
    void anExpiredMandateStopsTheDraftItWasStartedUnder() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(3));
        String mandate = grant(until);
        String id = draftFor(mandate, Samples.FORM);
        while (!Instant.now().isAfter(until)) {
            Thread.sleep(200);
        }

        GatewayClient.Reply save = fanny.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", JsonObject.EMPTY_JSON_OBJECT).build());

        assertProblem(save, 403, "mandate-ended");
        assertThat(fanny.get("/api/filings/" + id).json().getJsonObject("data")).isEqualTo(Samples.validData());
        assertThat(amelie.get("/api/mandates").json().getJsonArray("given").getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("reference").equals(mandate))
                .singleElement().satisfies(m -> assertThat(m.getString("state")).isEqualTo("EXPIRED"));
    }

    @Test
    void aGrantThatCannotHoldIsRefusedPrecisely() {
        Instant later = Instant.now().plus(Duration.ofDays(30));
        assertProblem(amelie.post("/api/mandates", mandate("RCS Nowhere 000", later).build()), 422, "unknown-intermediary");
        assertProblem(amelie.post("/api/mandates", mandate(FIDUCIAIRE, Instant.now().minus(Duration.ofDays(1))).build()),
                422, "mandate-period-invalid");
        assertProblem(amelie.post("/api/mandates", mandate(FIDUCIAIRE, later)
                .add("forms", Json.createArrayBuilder().add("no-such-form")).build()), 422, "unknown-form");
        assertProblem(amelie.post("/api/mandates", mandate(FIDUCIAIRE, later).add("validUntil", "next week").build()),
                400, "malformed-request");
        assertProblem(GatewayClient.signedIn("jonas").post("/api/mandates/" + grant(later) + "/revocation"),
                404, "mandate-not-found");
    }

    /** What the audit chain recorded about the mandate, in order. */
    private static List<String> audited(String mandate) throws SQLException {
        try (Connection database = GatewayDatabase.connect();
             PreparedStatement query = database.prepareStatement(
                     "select action from audit_event where subject = ? order by sequence")) {
            query.setString(1, mandate);
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        }
    }

    private String grant(Instant until) {
        return reference(amelie.post("/api/mandates", mandate(FIDUCIAIRE, until).build()));
    }

    private static JsonObjectBuilder mandate(String registration, Instant until) {
        return mandate(Json.createObjectBuilder().add("country", "FR").add("registrationNumber", registration), until);
    }

    private static JsonObjectBuilder mandate(JsonObjectBuilder agent, Instant until) {
        return agent.add("validUntil", until.toString());
    }

    private static String reference(GatewayClient.Reply granted) {
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().getString("reference");
    }

    /** A complete draft the accountant starts for Atelier Dupont under the mandate. */
    private String draftFor(String mandate, String form) {
        GatewayClient.Reply created = fanny.post("/api/filings", newFiling(mandate, form));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        GatewayClient.Reply attached = fanny.postRaw("/api/filings/" + id + "/attachments/statutes", "application/pdf",
                Samples.pdf("statutes"), "Content-Disposition", "attachment; filename=\"statutes.pdf\"");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        return id;
    }

    private static JsonObject newFiling(String mandate, String form) {
        return Json.createObjectBuilder().add("form", form).add("data", Samples.validData()).add("mandate", mandate).build();
    }

    private static long total(GatewayClient client) {
        return client.get("/api/filings").json().getJsonNumber("total").longValue();
    }

    private static List<String> references(JsonObject mandates, String side) {
        return mandates.getJsonArray(side).getValuesAs(JsonObject.class).stream().map(m -> m.getString("reference")).toList();
    }
}
