package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A firm bids as the lead of a consortium; each member's own user confirms its participation. */
class ConsortiumIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");
    private final GatewayClient lead = GatewayClient.signedIn("amelie");
    private final GatewayClient member = GatewayClient.signedIn("jonas");

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void theMemberConfirmsTheLeadsConsortiumBid() {
        String bids = "/api/public/tenders/" + publishedTender() + "/bids";

        GatewayClient.Reply received = lead.post(bids, bid("DE", "HRB 98765 Hamburg"));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        JsonObject named = received.json().getJsonArray("consortium").getJsonObject(0);
        assertThat(named.getString("organisation")).isEqualTo("Nordlicht Logistik GmbH");
        assertThat(named.getBoolean("confirmed")).isFalse();

        JsonObject invitation = member.get(bids + "/invitations").jsonArray().getJsonObject(0);
        assertThat(invitation.getString("lead")).isEqualTo("Atelier Dupont SARL");
        GatewayClient.Reply confirmed = member.post(bids + "/" + invitation.getString("bidId") + "/participation");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        assertThat(lead.get(bids + "/mine").jsonArray().getJsonObject(0).getJsonArray("consortium").getJsonObject(0)
                .getBoolean("confirmed")).isTrue();
        assertProblem(lead.post(bids + "/" + invitation.getString("bidId") + "/participation"), 404, "not-found");
    }

    @Test
    void aConsortiumNamesOtherRegisteredFirmsOnly() {
        String bids = "/api/public/tenders/" + publishedTender() + "/bids";

        GatewayClient.Reply unknown = lead.post(bids, bid("DE", "HRB 00000 Nowhere"));
        assertProblem(unknown, 422, "validation-failed");
        assertThat(unknown.json().getJsonArray("violations").getJsonObject(0).getString("pointer"))
                .isEqualTo("/consortium/members/0");
        assertProblem(lead.post(bids, bid("FR", "RCS Lyon 812 345 678")), 422, "validation-failed");
        assertThat(lead.get(bids + "/mine").jsonArray()).isEmpty();
    }

    private String publishedTender() {
        String id = officer.post("/api/tenders", TenderIT.draft(60, 40, "45000000")).json().getString("id");
        return officer.post("/api/tenders/" + id + "/publication").json().getString("reference");
    }

    private static JsonObject bid(String country, String registration) {
        return Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lot", 1).add("price", 240000)))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .add("consortium", Json.createObjectBuilder().add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("country", country).add("registrationNumber", registration))))
                .build();
    }
}
