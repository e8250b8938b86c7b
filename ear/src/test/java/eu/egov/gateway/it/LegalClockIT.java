package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient claire = GatewayClient.signedIn("claire");

    @TempDir
    Path work;

    @Test
    void silenceApprovesWhereTheLawSaysSoAndOtherwiseTheCaseIsOverdue() throws Exception {
        String permissive = StallPermits.publish(quickDeadline(true));
        String strict = StallPermits.publish(quickDeadline(false));
        String tacitId = StallPermits.submitted(amelie, permissive);
        String overdueId = StallPermits.submitted(amelie, strict);
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

        StallPermits.waitUntil(() -> kinds(overdueReference).contains("OVERDUE"));
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
        StallPermits.waitUntil(() -> condition.test(last[0] = amelie.get("/api/filings/" + filingId).json()));
        return last[0];
    }

    /** Eight seconds to decide. */
    static JsonObject quickDeadline(boolean tacitApproval) {
        return Json.createObjectBuilder().add("leadTime", "PT8S").add("tacitApproval", tacitApproval).build();
    }
}
