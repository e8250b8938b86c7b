package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

/** States a browser journey starts from, brought about over the API as business software would. */
public final class Arranged {

    private Arranged() {
    }

    /** A filing of the applicant's firm, submitted, claimed by Claire and approved; its id and reference. */
    public static Filing decidedFiling(String applicant) {
        Filing filing = claimedFiling(applicant);
        GatewayClient clerk = GatewayClient.signedIn("claire");
        String reference = filing.reference();
        GatewayClient.Reply decided = clerk.post("/api/cases/" + reference + "/decision",
                Json.createObjectBuilder().add("outcome", "APPROVED").add("reason", "Complete and consistent.").build());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        return filing;
    }

    /** A filing of the applicant's firm, submitted and claimed by Claire. */
    public static Filing claimedFiling(String applicant) {
        GatewayClient firm = GatewayClient.signedIn(applicant);
        String id = FilingRefusalsIT.completeDraft(firm);
        String reference = firm.post("/api/filings/" + id + "/submission").json()
                .getJsonObject("submission").getString("reference");
        assertThat(GatewayClient.signedIn("claire").post("/api/cases/" + reference + "/claim").status()).isEqualTo(200);
        return new Filing(id, reference);
    }

    /** A terrace permit of the applicant's firm, submitted, its fee of 182 euros not paid yet. */
    public static Filing unpaidTerracePermit(String applicant) {
        return BankStatements.terracePermit(GatewayClient.signedIn(applicant), 24);
    }

    public record Filing(String id, String reference) {
    }
}
