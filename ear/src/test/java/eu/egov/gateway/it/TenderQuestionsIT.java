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

/** Firms ask until the questions deadline, anonymously; the authority answers for everyone to read. */
class TenderQuestionsIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");
    private final GatewayClient bidder = GatewayClient.signedIn("jonas");

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void aQuestionIsPublishedWithoutItsAskerAndItsAnswerForAll() {
        String id = publishedTender(TenderIT.draft(60, 40, "45000000"));
        String reference = officer.get("/api/tenders/" + id).json().getString("reference");

        GatewayClient.Reply asked = bidder.post("/api/public/tenders/" + reference + "/questions",
                Json.createObjectBuilder().add("text", "Is the roof asbestos-free?").build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String question = asked.json().getString("id");

        GatewayClient anyone = GatewayClient.anonymous();
        String published = anyone.get("/api/public/tenders/" + reference + "/questions").text();
        assertThat(published).contains("Is the roof asbestos-free?").doesNotContain("Nordlicht").doesNotContain("jonas");

        GatewayClient.Reply answered = officer.post("/api/tenders/" + id + "/questions/" + question + "/answer",
                Json.createObjectBuilder().add("text", "Yes: see the survey in the procurement documents.").build());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JsonObject first = anyone.get("/api/public/tenders/" + reference + "/questions").jsonArray().getJsonObject(0);
        assertThat(first.getString("answer")).isEqualTo("Yes: see the survey in the procurement documents.");

        assertProblem(officer.post("/api/tenders/" + id + "/questions/" + question + "/answer",
                Json.createObjectBuilder().add("text", "Again").build()), 409, "question-already-answered");
        assertProblem(GatewayClient.signedIn("claire").post("/api/public/tenders/" + reference + "/questions",
                Json.createObjectBuilder().add("text", "A clerk asks").build()), 403, "role-required");
    }

    @Test
    void aQuestionJustAfterTheQuestionsDeadlineIsRefused() throws InterruptedException {
        Instant questionsDeadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        JsonObject draft = Json.createObjectBuilder(TenderIT.draft(60, 40, "45000000"))
                .add("questionsDeadline", questionsDeadline.toString())
                .add("submissionDeadline", questionsDeadline.plus(Duration.ofDays(7)).toString())
                .build();
        String reference = officer.get("/api/tenders/" + publishedTender(draft)).json().getString("reference");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), questionsDeadline).toMillis()) + 200);

        GatewayClient.Reply late = bidder.post("/api/public/tenders/" + reference + "/questions",
                Json.createObjectBuilder().add("text", "Too late?").build());

        assertProblem(late, 409, "questions-closed");
        assertThat(GatewayClient.anonymous().get("/api/public/tenders/" + reference + "/questions").text())
                .doesNotContain("Too late?");
    }

    private String publishedTender(JsonObject draft) {
        GatewayClient.Reply created = officer.post("/api/tenders", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        GatewayClient.Reply published = officer.post("/api/tenders/" + id + "/publication");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }
}
