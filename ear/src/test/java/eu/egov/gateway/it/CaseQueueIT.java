package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The authority's queue and the legal clock: each case shows the date by which the authority must
 * decide; clerks see the queue by view, take cases up and hand them on with a reason the history keeps,
 * write private notes the firm never sees, and learn when the firm has opened its decision.
 */
class CaseQueueIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient claire = GatewayClient.signedIn("claire");
    private final GatewayClient clement = GatewayClient.signedIn("clement");

    @Test
    void aCaseCarriesItsLegalDeadlineAndChangesHandsWithAReason() {
        String filingId = FilingRefusalsIT.completeDraft(amelie);
        JsonObject submitted = amelie.post("/api/filings/" + filingId + "/submission").json();
        String reference = submitted.getJsonObject("submission").getString("reference");
        JsonObject filing = amelie.get("/api/filings/" + filingId).json();
        Instant submittedAt = Instant.parse(filing.getJsonObject("submission").getString("submittedAt"));
        assertThat(Instant.parse(filing.getString("decisionDue"))).as("15 days for a change of activity")
                .isEqualTo(submittedAt.plus(Duration.ofDays(15)));
        assertThat(filing.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("kind")).containsExactly("SUBMITTED");

        JsonObject line = line(claire, "unassigned", reference);
        assertThat(line.getString("deadline")).isEqualTo("ON_TIME");
        assertThat(line.getString("decisionDue")).isEqualTo(filing.getString("decisionDue"));
        assertThat(references(claire, "overdue")).doesNotContain(reference);
        assertProblem(claire.get("/api/cases?view=later"), 422, "validation-failed");

        assertThat(claire.post("/api/cases/" + reference + "/claim").status()).isEqualTo(200);
        assertThat(references(claire, "mine")).contains(reference);
        assertThat(references(claire, "unassigned")).doesNotContain(reference);
        GatewayClient.Reply silent = clement.post("/api/cases/" + reference + "/assignment",
                Json.createObjectBuilder().add("assignee", "clement").build());
        assertProblem(silent, 422, "validation-failed");
        assertThat(silent.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/reason");
        assertProblem(clement.post("/api/cases/" + reference + "/assignment",
                Json.createObjectBuilder().add("assignee", "amelie").add("reason", "she knows the file").build()),
                422, "validation-failed");
        GatewayClient.Reply taken = clement.post("/api/cases/" + reference + "/assignment",
                Json.createObjectBuilder().add("assignee", "clement").add("reason", "Claire est en congé cette semaine").build());
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);

        assertThat(references(clement, "mine")).contains(reference);
        assertThat(references(claire, "mine")).doesNotContain(reference);
        List<JsonObject> history = claire.get("/api/cases/" + reference + "/history").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).extracting(step -> step.getString("kind")).containsExactly("SUBMITTED", "CLAIMED", "ASSIGNED");
        assertThat(history.get(2).getString("actor")).isEqualTo("Clément Roux");
        assertThat(history.get(2).getString("reason")).isEqualTo("Claire est en congé cette semaine");
        assertThat(amelie.get("/api/filings/" + filingId).json().getJsonArray("history").getValuesAs(JsonObject.class))
                .as("the firm does not see who holds its case").extracting(step -> step.getString("kind"))
                .containsExactly("SUBMITTED");
    }

    @Test
    void aClerkWalksTheWholeQueueByItsNextLinksInQueueOrder() {
        for (int i = 0; i < 3; i++) {
            amelie.post("/api/filings/" + FilingRefusalsIT.completeDraft(amelie) + "/submission");
        }
        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            List<String> page = claire.get("/api/cases?view=unassigned&limit=100&offset=" + offset).jsonArray()
                    .getValuesAs(JsonObject.class).stream().map(line -> line.getString("reference")).toList();
            byOffset.addAll(page);
            if (page.size() < 100) {
                break;
            }
        }

        List<String> walked = new ArrayList<>();
        GatewayClient.Reply first = claire.get("/api/cases?view=unassigned&limit=2");
        String page = next(first);
        first.jsonArray().getValuesAs(JsonObject.class).forEach(line -> walked.add(line.getString("reference")));
        while (page != null) {
            assertThat(page).contains("view=unassigned", "limit=2", "after=").doesNotContain("offset");
            GatewayClient.Reply reply = claire.get(page);
            reply.jsonArray().getValuesAs(JsonObject.class).forEach(line -> walked.add(line.getString("reference")));
            page = next(reply);
        }

        assertThat(byOffset).hasSizeGreaterThanOrEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(byOffset);
        assertProblem(claire.get("/api/cases?after=FIL-2026-NOT-THERE"), 404, "not-found");
    }

    @Test
    void privateNotesStayWithTheAuthority() {
        String filingId = FilingRefusalsIT.completeDraft(amelie);
        String reference = amelie.post("/api/filings/" + filingId + "/submission").json()
                .getJsonObject("submission").getString("reference");
        String note = "Appeler le greffe : statuts déjà déposés en 2024 ?";

        GatewayClient.Reply written = claire.post("/api/cases/" + reference + "/notes", Json.createObjectBuilder().add("text", note).build());

        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(clement.get("/api/cases/" + reference + "/notes").jsonArray().getValuesAs(JsonObject.class))
                .singleElement().satisfies(n -> {
                    assertThat(n.getString("text")).isEqualTo(note);
                    assertThat(n.getString("author")).isEqualTo("Claire Martin");
                });
        assertThat(amelie.get("/api/filings/" + filingId).text()).doesNotContain("greffe");
        assertProblem(amelie.get("/api/cases/" + reference + "/notes"), 403, "role-required");
        GatewayClient.Reply blank = claire.post("/api/cases/" + reference + "/notes",
                Json.createObjectBuilder().add("text", " ").build());
        assertProblem(blank, 422, "validation-failed");
        assertThat(blank.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .isEqualTo("Write the text (at most 4,000 characters).");
    }

    @Test
    void theFirmOpeningItsDecisionIsRecordedOnce() {
        String filingId = FilingRefusalsIT.completeDraft(amelie);
        String reference = amelie.post("/api/filings/" + filingId + "/submission").json()
                .getJsonObject("submission").getString("reference");
        assertThat(claire.post("/api/cases/" + reference + "/claim").status()).isEqualTo(200);
        GatewayClient.Reply decided = claire.post("/api/cases/" + reference + "/decision",
                Json.createObjectBuilder().add("outcome", "APPROVED").add("reason", "Dossier complet.").build());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        assertThat(claire.get("/api/filings/" + filingId + "/decision").status()).isEqualTo(200);
        assertThat(kinds(reference)).as("the clerk reading it is no acknowledgement").doesNotContain("DECISION_OPENED");
        assertThat(amelie.get("/api/filings/" + filingId + "/decision").status()).isEqualTo(200);
        assertThat(amelie.get("/api/filings/" + filingId + "/decision").status()).isEqualTo(200);

        assertThat(kinds(reference)).containsExactly("SUBMITTED", "CLAIMED", "DECIDED", "DECISION_OPENED");
        assertThat(amelie.get("/api/filings/" + filingId).json().getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("kind")).containsExactly("SUBMITTED", "DECIDED", "DECISION_OPENED");
    }

    private List<String> kinds(String reference) {
        return claire.get("/api/cases/" + reference + "/history").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("kind")).toList();
    }

    private static JsonObject line(GatewayClient clerk, String view, String reference) {
        return queue(clerk, view).stream().filter(line -> line.getString("reference").equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in the " + view + " view"));
    }

    private static List<String> references(GatewayClient clerk, String view) {
        return queue(clerk, view).stream().map(line -> line.getString("reference")).toList();
    }

    /** The whole view, page after page as the {@code next} links lead. */
    private static List<JsonObject> queue(GatewayClient clerk, String view) {
        List<JsonObject> lines = new ArrayList<>();
        String page = "/api/cases?limit=100&view=" + view;
        while (page != null) {
            GatewayClient.Reply reply = clerk.get(page);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            lines.addAll(reply.jsonArray().getValuesAs(JsonObject.class));
            page = next(reply);
        }
        return lines;
    }

    private static String next(GatewayClient.Reply reply) {
        String link = reply.header("Link");
        if (link == null) {
            return null;
        }
        Matcher next = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
        assertThat(next.find()).as(link).isTrue();
        URI uri = URI.create(next.group(1));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
