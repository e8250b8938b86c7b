package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

/** Business software files over the same API with a personal token instead of a session. */
class ApiTokenIT {

    @Test
    void aPersonalTokenFilesForTheFirmWithoutSessionOrCsrfToken() {
        GatewayClient.Reply issued = GatewayClient.signedIn("amelie").post("/api/tokens",
                Json.createObjectBuilder().add("name", "accounting software").build());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().getString("token");

        GatewayClient software = GatewayClient.withToken(token);
        String id = FilingRefusalsIT.completeDraft(software);
        GatewayClient.Reply submitted = software.post("/api/filings/" + id + "/submission");

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(GatewayClient.signedIn("amelie").get("/api/filings/" + id).json().getString("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theApiIsDescribedByTheOpenApiDocumentTheServerServes() {
        GatewayClient.Reply document = GatewayClient.anonymous().get("/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().getString("openapi")).startsWith("3.");
        assertThat(document.json().getJsonObject("paths").keySet())
                .contains("/api/filings", "/api/filings/{id}/submission", "/api/cases/{reference}/decision",
                        "/api/verification/{code}");
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertProblem(GatewayClient.withToken("gw_not-a-real-token").get("/api/filings"), 401, "authentication-required");
    }
}
