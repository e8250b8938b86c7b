package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

/** Browser sessions: cookie flags, a fresh session at sign-in, sign-out, and throttled guessing. */
class SessionIT {

    @Test
    void signInIssuesAFreshHttpOnlySameSiteSession() {
        GatewayClient browser = GatewayClient.anonymous();
        GatewayClient.Reply signedIn = browser.post("/api/session",
                Json.createObjectBuilder().add("username", "claire").add("password", "claire-demo").build());

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().getJsonArray("roles").getString(0)).isEqualTo("clerk");
        String cookie = signedIn.header("Set-Cookie");
        assertThat(cookie).startsWith("GATEWAY_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void signOutEndsTheSession() {
        GatewayClient claire = GatewayClient.signedIn("claire");
        assertThat(claire.get("/api/session").status()).isEqualTo(200);

        assertThat(claire.delete("/api/session").status()).isEqualTo(204);

        assertProblem(claire.get("/api/session"), 401, "authentication-required");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() {
        GatewayClient guesser = GatewayClient.anonymous();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(guesser.post("/api/session",
                    Json.createObjectBuilder().add("username", "eva").add("password", "guess-" + attempt).build()),
                    401, "invalid-credentials");
        }

        GatewayClient.Reply locked = guesser.post("/api/session",
                Json.createObjectBuilder().add("username", "eva").add("password", "eva-demo").build());

        assertProblem(locked, 429, "too-many-sign-in-attempts");
    }
}
