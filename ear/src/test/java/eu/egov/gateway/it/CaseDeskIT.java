package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

/** The clerk's desk: claiming before deciding, reasons, approval, and cases of other authorities. */
class CaseDeskIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient claire = GatewayClient.signedIn("claire");

    @Test
    void aCaseIsDecidedOnlyOnceClaimedAndOnlyWithAReason() {
        String reference = submitted();

        assertProblem(decide(reference, "APPROVED", "Complete and consistent."), 409, "case-not-claimed");
        assertThat(claire.post("/api/cases/" + reference + "/claim").status()).isEqualTo(200);
        assertProblem(decide(reference, "APPROVED", "  "), 422, "validation-failed");
        assertProblem(decide(reference, "MAYBE", "Complete."), 422, "validation-failed");

        GatewayClient.Reply approved = decide(reference, "APPROVED", "Complete and consistent.");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertProblem(decide(reference, "REJECTED", "Changed my mind."), 409, "case-not-open");
        assertThat(amelie.get("/api/filings/" + approved.json().getString("id") + "/decision").status()).isEqualTo(200);
    }

    @Test
    void aFirmCannotSeeCasesAndAClerkCannotSeeDrafts() {
        String draft = FilingRefusalsIT.completeDraft(amelie);

        assertProblem(claire.get("/api/filings/" + draft), 404, "not-found");
        assertProblem(amelie.post("/api/cases/" + submitted() + "/claim"), 403, "role-required");
        assertProblem(claire.get("/api/cases/FIL-2000-AAAA-AAAA"), 404, "not-found");
    }

    private String submitted() {
        String id = FilingRefusalsIT.completeDraft(amelie);
        GatewayClient.Reply submitted = amelie.post("/api/filings/" + id + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().getJsonObject("submission").getString("reference");
    }

    private GatewayClient.Reply decide(String reference, String outcome, String reason) {
        return claire.post("/api/cases/" + reference + "/decision",
                Json.createObjectBuilder().add("outcome", outcome).add("reason", reason).build());
    }
}
