package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages about a submitted filing between the firm and the authority, with files: each side reads what the
 * other wrote and is told of it, in the gateway and by mail, in its own language; nobody else reads them; bad
 * input is refused precisely and leaves nothing behind.
 */
@ExtendWith(Mailbox.class)
class MessagesIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient claire = GatewayClient.signedIn("claire");
    private final GatewayClient jonas = GatewayClient.signedIn("jonas");

    @Test
    void theFirmAndTheClerkWriteWithFilesAndEachIsToldInTheirLanguage() {
        Arranged.Filing filing = Arranged.claimedFiling("amelie");
        String firmThread = "/api/filings/" + filing.id() + "/messages";
        String caseThread = "/api/cases/" + filing.reference() + "/messages";
        byte[] plan = Samples.pdf("Plan du local");
        JsonObject planFile = uploaded(amelie, firmThread, "plan-du-local.pdf", plan);
        assertThat(planFile.getString("sha256")).isEqualTo(FilingPathIT.sha256(plan));
        assertThat(planFile.getJsonNumber("size").longValue()).isEqualTo(plan.length);

        GatewayClient.Reply asked = amelie.post(firmThread, message("  Voici le plan du local, comme convenu.\n ",
                planFile.getString("id")));

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().getString("text")).isEqualTo("Voici le plan du local, comme convenu.");
        assertThat(asked.json().getString("side")).isEqualTo("FIRM");
        assertThat(asked.json().getString("author")).isEqualTo("Amélie Dupont");
        JsonObject seenByClerk = claire.get(caseThread).jsonArray().getJsonObject(0);
        assertThat(seenByClerk.getString("organisation")).isEqualTo("Atelier Dupont SARL");
        assertThat(seenByClerk).doesNotContainKey("readAt");
        JsonObject sentPlan = seenByClerk.getJsonArray("attachments").getJsonObject(0);
        assertThat(sentPlan.getString("fileName")).isEqualTo("plan-du-local.pdf");
        GatewayClient.Reply download = claire.get(caseThread + "/attachments/" + sentPlan.getString("id"));
        assertThat(download.body()).isEqualTo(plan);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        JsonObject clerkNotice = notice(claire, filing.reference());
        assertThat(clerkNotice.getString("subject")).isEqualTo("New message about " + filing.reference());
        assertThat(clerkNotice.getString("body")).startsWith("Atelier Dupont SARL has written to you about " + filing.reference());
        assertThat(clerkNotice.getString("link")).isEqualTo("/case.html?ref=" + filing.reference() + "#messages");
        assertThat(Mailbox.mailTo("claire@business-registration.example",
                mail -> mail.subject().contains(filing.reference())).orElseThrow().text())
                .as("the message itself stays in the gateway").doesNotContain("Voici le plan");

        JsonObject photo = uploaded(claire, caseThread, "terrasse.png", Samples.png());
        GatewayClient.Reply answered = claire.post(caseThread, message("Merci. Voici la photo de la terrasse.",
                photo.getString("id")));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        JsonObject firmNotice = notice(amelie, filing.reference());
        assertThat(firmNotice.getString("subject")).isEqualTo("Nouveau message concernant " + filing.reference());
        assertThat(firmNotice.getString("link")).isEqualTo("/filing.html?id=" + filing.id() + "#messages");
        Mailbox.Mail mail = Mailbox.mailTo("amelie@atelier-dupont.example",
                found -> found.subject().equals(firmNotice.getString("subject"))).orElseThrow();
        assertThat(mail.text()).startsWith("Business Registration Office vous a écrit au sujet de " + filing.reference())
                .containsPattern("Ouvrir dans la passerelle : https?://\\S+/filing\\.html\\?id=" + filing.id() + "#messages");
        List<JsonObject> thread = amelie.get(firmThread).jsonArray().getValuesAs(JsonObject.class);
        assertThat(thread).extracting(m -> m.getString("side")).containsExactly("FIRM", "AUTHORITY");
        assertThat(thread.get(1).getString("author")).isEqualTo("Claire Martin");
        String photoId = thread.get(1).getJsonArray("attachments").getJsonObject(0).getString("id");
        assertThat(amelie.get(firmThread + "/attachments/" + photoId).body()).isEqualTo(Samples.png());

        List<JsonObject> read = amelie.post(firmThread + "/read").jsonArray().getValuesAs(JsonObject.class);

        assertThat(read.get(1).getString("readAt")).as("the clerk's answer, read by the firm").isNotBlank();
        assertThat(read.get(0)).as("the firm reading its own message").doesNotContainKey("readAt");
        assertThat(claire.get(caseThread).jsonArray().getJsonObject(1).getString("readAt"))
                .isEqualTo(read.get(1).getString("readAt"));
    }

    @Test
    void nobodyElseReadsOrWritesTheThread() {
        Arranged.Filing filing = Arranged.claimedFiling("amelie");
        String firmThread = "/api/filings/" + filing.id() + "/messages";
        String fileId = uploaded(amelie, firmThread, "plan.pdf", Samples.pdf("plan")).getString("id");
        assertThat(amelie.post(firmThread, message("Le plan.", fileId)).status()).isEqualTo(201);

        assertProblem(jonas.get(firmThread), 404, "not-found");
        assertProblem(jonas.get(firmThread + "/attachments/" + fileId), 404, "not-found");
        assertProblem(jonas.post(firmThread, message("Hello")), 404, "not-found");
        assertProblem(jonas.postRaw(firmThread + "/attachments?fileName=x.pdf", "application/pdf", Samples.pdf("x")),
                404, "not-found");
        assertProblem(jonas.get("/api/cases/" + filing.reference() + "/messages"), 403, "role-required");
        String jonasFiling = Arranged.claimedFiling("jonas").id();
        assertProblem(jonas.get("/api/filings/" + jonasFiling + "/messages/attachments/" + fileId), 404, "not-found");
        assertThat(amelie.get(firmThread).jsonArray()).hasSize(1);
    }

    @Test
    void badInputIsRefusedPreciselyAndNothingIsKept() throws IOException {
        Arranged.Filing filing = Arranged.claimedFiling("amelie");
        String firmThread = "/api/filings/" + filing.id() + "/messages";
        GatewayClient german = GatewayClient.signedIn("amelie").header("Accept-Language", "de");
        long storedFiles = storedFiles();

        assertProblem(amelie.postRaw(firmThread, "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)),
                400, "malformed-request");
        assertProblem(amelie.postRaw(firmThread, "application/json",
                "{\"text\": \"Bonjour\", \"attachments\": \"plan.pdf\"}".getBytes(StandardCharsets.UTF_8)), 400,
                "malformed-request");
        GatewayClient.Reply blank = german.post(firmThread, message(" \n\t "));
        assertProblem(blank, 422, "validation-failed");
        assertThat(violation(blank, "/text")).isEqualTo("Schreiben Sie den Text (höchstens 4.000 Zeichen).");
        assertProblem(amelie.post(firmThread, message("x".repeat(4001))), 422, "validation-failed");
        assertProblem(amelie.post(firmThread, Json.createObjectBuilder().build()), 422, "validation-failed");
        byte[] program = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(amelie.postRaw(firmThread + "/attachments?fileName=plan.pdf", "application/pdf", program), 415,
                "attachment-type-not-allowed");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Samples.pdf("large"), 0, large, 0, 100);
        assertProblem(amelie.postRaw(firmThread + "/attachments?fileName=large.pdf", "application/pdf", large), 413,
                "attachment-too-large");
        assertThat(storedFiles()).as("files kept after refused uploads").isEqualTo(storedFiles);

        String jonasThread = "/api/filings/" + Arranged.claimedFiling("jonas").id() + "/messages";
        String jonasFile = uploaded(jonas, jonasThread, "jonas.pdf", Samples.pdf("Nordlicht")).getString("id");
        String ownFile = uploaded(amelie, firmThread, "plan.pdf", Samples.pdf("plan")).getString("id");
        GatewayClient.Reply borrowed = amelie.post(firmThread, message("Avec le fichier d'un autre.", ownFile, jonasFile,
                ownFile, "no-such-file"));
        assertProblem(borrowed, 422, "validation-failed");
        assertThat(borrowed.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("pointer")).containsExactly("/attachments/1", "/attachments/2", "/attachments/3");
        assertThat(amelie.get(firmThread).jsonArray()).as("nothing sent").isEmpty();
        assertThat(amelie.post(firmThread, message("Le plan.", ownFile)).status()).isEqualTo(201);
        assertProblem(amelie.post(firmThread, message("Encore le plan.", ownFile)), 422, "validation-failed");
        assertProblem(amelie.delete(firmThread + "/attachments/" + ownFile), 404, "not-found");
        storedFiles = storedFiles();
        String wrongFile = uploaded(amelie, firmThread, "mauvais.pdf", Samples.pdf("Confidentiel")).getString("id");
        assertProblem(jonas.delete(jonasThread + "/attachments/" + wrongFile), 404, "not-found");
        assertThat(amelie.delete(firmThread + "/attachments/" + wrongFile).status()).isEqualTo(204);
        assertThat(storedFiles()).as("a discarded file is gone").isEqualTo(storedFiles);
        assertProblem(amelie.post(firmThread, message("Avec le fichier retiré.", wrongFile)), 422, "validation-failed");

        String draft = FilingRefusalsIT.completeDraft(amelie);
        storedFiles = storedFiles();
        assertProblem(amelie.post("/api/filings/" + draft + "/messages", message("Une question avant de déposer.")), 409,
                "filing-not-submitted");
        assertProblem(amelie.postRaw("/api/filings/" + draft + "/messages/attachments?fileName=plan.pdf",
                "application/pdf", Samples.pdf("plan")), 409, "filing-not-submitted");
        assertThat(storedFiles()).isEqualTo(storedFiles);
        assertThat(amelie.get(firmThread).jsonArray()).hasSize(1);
    }

    @Test
    void aRetriedMessageIsPostedOnceAndAnUnassignedCaseTellsEveryClerk() {
        String id = FilingRefusalsIT.completeDraft(amelie);
        String reference = amelie.post("/api/filings/" + id + "/submission").json()
                .getJsonObject("submission").getString("reference");
        GatewayClient retrying = GatewayClient.signedIn("amelie").header("Idempotency-Key", UUID.randomUUID().toString());
        JsonObject body = message("Le dossier est-il complet ?");

        GatewayClient.Reply first = retrying.post("/api/filings/" + id + "/messages", body);
        GatewayClient.Reply retry = retrying.post("/api/filings/" + id + "/messages", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertProblem(GatewayClient.signedIn("amelie").header("Idempotency-Key", "k".repeat(201))
                .post("/api/filings/" + id + "/messages", body), 400, "idempotency-key-invalid");
        assertThat(claire.get("/api/cases/" + reference + "/messages").jsonArray()).hasSize(1);
        assertThat(notice(claire, reference).getString("subject")).isEqualTo("New message about " + reference);
        assertThat(notice(GatewayClient.signedIn("clement"), reference).getString("subject"))
                .isEqualTo("Nouveau message concernant " + reference);
    }

    private static JsonObject message(String text, String... attachments) {
        return Json.createObjectBuilder().add("text", text).add("attachments", Json.createArrayBuilder(List.of(attachments)))
                .build();
    }

    private static JsonObject uploaded(GatewayClient user, String thread, String fileName, byte[] content) {
        GatewayClient.Reply reply = user.postRaw(thread + "/attachments", "application/octet-stream", content,
                "Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** The user's one notice whose subject names the reference. */
    private static JsonObject notice(GatewayClient user, String reference) {
        List<JsonObject> naming = user.get("/api/notices?limit=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(notice -> notice.getString("subject").contains(reference)).toList();
        assertThat(naming).as("notices naming " + reference).hasSize(1);
        return naming.get(0);
    }

    private static String violation(GatewayClient.Reply reply, String pointer) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("pointer").equals(pointer)).findFirst().orElseThrow().getString("message");
    }

    private static long storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("gateway.it.data.dir"), "gateway", "attachments"))) {
            return files.count();
        }
    }
}
