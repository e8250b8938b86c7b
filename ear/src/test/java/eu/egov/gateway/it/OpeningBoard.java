package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

/** The demo authority's opening board, made ready: each member has set an opening passphrase. */
final class OpeningBoard {

    static final String[] MEMBERS = {"olga", "omar", "odile"};

    private OpeningBoard() {
    }

    static String passphrase(String member) {
        return member + " opens the bids";
    }

    /** Sets each member's passphrase unless an earlier test already did. */
    static void ready() {
        for (String member : MEMBERS) {
            GatewayClient.Reply set = GatewayClient.signedIn(member).put("/api/opening-passphrase",
                    Json.createObjectBuilder().add("passphrase", passphrase(member)).build());
            assertThat(set.status()).as(set.toString()).isIn(204, 409);
        }
    }
}
