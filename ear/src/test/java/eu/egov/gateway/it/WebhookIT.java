package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An authority's back-office system subscribes to events on its filings and receives them, signed, at an HTTP
 * endpoint in this JVM; a receiver that fails gets the event again; only the authority's administrator manages
 * its subscriptions.
 */
class WebhookIT {

    private static WebhookReceiver receiver;

    private final GatewayClient admin = GatewayClient.signedIn("admin");

    @BeforeAll
    static void listen() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopListening() {
        receiver.close();
    }

    @Test
    void aSubmissionAndItsDecisionReachTheBackOfficeSignedWithTheSubscriptionsSecret() throws Exception {
        String path = path();
        GatewayClient.Reply created = subscribe(path, "filing.submitted", "filing.decided");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject subscription = created.json();
        String secret = subscription.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(created.header("Location")).isEqualTo("/api/webhooks/" + subscription.getString("id"));
        assertThat(admin.get("/api/webhooks").text()).contains(subscription.getString("id")).doesNotContain(secret);
        try {
            Arranged.Filing filing = Arranged.decidedFiling("amelie");

            List<WebhookReceiver.Request> requests = receiver.await(path, 2);

            JsonObject submitted = event(requests, "filing.submitted");
            JsonObject decided = event(requests, "filing.decided");
            for (WebhookReceiver.Request request : requests) {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.contentType()).startsWith("application/json");
                assertThat(request.signature()).isEqualTo(signature(secret, request));
                // receivers refuse a timestamp more than five minutes off, against replays
                assertThat(Long.parseLong(request.timestamp())).isCloseTo(Instant.now().getEpochSecond(), within(300L));
                assertThat(request.webhookId()).isEqualTo(event(request).getString("id"));
            }
            assertThat(submitted.getJsonObject("data").getString("reference")).isEqualTo(filing.reference());
            assertThat(submitted.getJsonObject("data").getString("status")).isEqualTo("SUBMITTED");
            assertThat(submitted.getJsonObject("data").getJsonObject("form").getString("code")).isEqualTo(Samples.FORM);
            assertThat(submitted.getJsonObject("data").getJsonObject("form").getInt("version")).isPositive();
            assertThat(submitted.getJsonObject("data")).doesNotContainKey("outcome");
            assertThat(decided.getJsonObject("data").getString("outcome")).isEqualTo("APPROVED");
            assertThat(decided.getString("id")).isNotEqualTo(submitted.getString("id"));
            assertThat(decided.toString()).doesNotContain("Salon de thé", "effectiveDate");

            // the back-office follows the links with a clerk's API token
            JsonObject links = decided.getJsonObject("data").getJsonObject("links");
            GatewayClient backOffice = GatewayClient.withToken(GatewayClient.signedIn("claire")
                    .post("/api/tokens", Json.createObjectBuilder().add("name", "back-office").build()).json().getString("token"));
            GatewayClient.Reply theCase = backOffice.get(links.getString("case").replaceFirst("^https?://[^/]+", ""));
            assertThat(theCase.status()).as(theCase.toString()).isEqualTo(200);
            assertThat(theCase.json().getString("id")).isEqualTo(filing.id());
            assertThat(backOffice.get(links.getString("decision").replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
        } finally {
            unsubscribe(subscription.getString("id"));
        }
    }

    @Test
    void aReceiverThatFailsGetsTheSameEventAgainAndTheDeliveryLogShowsBothAttempts() throws Exception {
        String path = path();
        receiver.failNext(path, 1);
        JsonObject subscription = subscribe(path, "filing.submitted").json();
        try {
            String reference = submitted();

            List<WebhookReceiver.Request> requests = receiver.await(path, 2);

            assertThat(requests).extracting(WebhookReceiver.Request::answered).containsExactly(500, 204);
            assertThat(requests.get(1).webhookId()).isEqualTo(requests.get(0).webhookId());
            assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
            assertThat(event(requests.get(1)).getJsonObject("data").getString("reference")).isEqualTo(reference);
            JsonObject delivery = deliveredOnce(subscription.getString("id"));
            assertThat(delivery.getString("event")).isEqualTo("filing.submitted");
            assertThat(delivery.getString("eventId")).isEqualTo(requests.get(0).webhookId());
            assertThat(delivery.getInt("attemptCount")).isEqualTo(2);
            assertThat(delivery.getInt("lastStatusCode")).isEqualTo(204);
            JsonArray attempts = delivery.getJsonArray("attempts");
            assertThat(attempts.getJsonObject(0).getInt("statusCode")).isEqualTo(500);
            assertThat(attempts.getJsonObject(0).getString("error")).contains("500");
            assertThat(attempts.getJsonObject(1).getInt("statusCode")).isEqualTo(204);
            assertThat(delivery).doesNotContainKey("nextAttemptAt");
        } finally {
            unsubscribe(subscription.getString("id"));
        }
    }

    @Test
    void aTacitApprovalIsADecisionToo() throws Exception {
        String path = path();
        JsonObject subscription = subscribe(path, "filing.decided").json();
        try {
            String form = StallPermits.publish(LegalClockIT.quickDeadline(true));
            GatewayClient amelie = GatewayClient.signedIn("amelie");
            String id = amelie.post("/api/filings", Json.createObjectBuilder().add("form", form).add("data",
                    Json.createObjectBuilder().add("stallName", "Fromagerie Dupont").add("declaration", true)).build())
                    .json().getString("id");
            String reference = amelie.post("/api/filings/" + id + "/submission").json()
                    .getJsonObject("submission").getString("reference");

            // the form's lead time is eight seconds: the approval comes when the process's timer fires
            JsonObject decided = event(receiver.await(path, 1), "filing.decided");

            assertThat(decided.getJsonObject("data").getString("reference")).isEqualTo(reference);
            assertThat(decided.getJsonObject("data").getString("status")).isEqualTo("APPROVED");
            assertThat(decided.getJsonObject("data").getString("outcome")).isEqualTo("TACITLY_APPROVED");
            assertThat(decided.getJsonObject("data").getJsonObject("form").getString("code")).isEqualTo(form);
        } finally {
            unsubscribe(subscription.getString("id"));
        }
    }

    @Test
    void addressesTheGatewayMustNotCallAreRefusedAndSaidWhyInTheCallersLanguage() {
        for (String url : List.of("https://169.254.169.254/latest/meta-data", "https://10.0.0.8/events",
                "http://93.184.215.14/events", "ftp://93.184.215.14/events", "https://clerk:secret@93.184.215.14/events",
                "events", "https://[::1]/events")) {
            GatewayClient.Reply refused = admin.post("/api/webhooks", subscription(url, "filing.submitted"));
            assertProblem(refused, 422, "webhook-url-refused");
            assertThat(refused.json().getString("detail")).as(url).contains(url);
            assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/url");
        }
        GatewayClient.Reply german = admin.header("Accept-Language", "de")
                .post("/api/webhooks", subscription("https://192.168.1.1/", "filing.submitted"));
        assertProblem(german, 422, "webhook-url-refused");
        assertThat(german.json().getString("title")).isEqualTo("Adresse für Webhooks nicht zulässig");
        assertThat(german.json().getJsonArray("violations").getJsonObject(0).getString("message")).contains("privat");
    }

    @Test
    void eventsMustBeNamedAndKnown() {
        GatewayClient.Reply unknown = admin.post("/api/webhooks",
                subscription(WebhookReceiver.url(path()), "filing.submitted", "filing.exploded"));
        assertProblem(unknown, 422, "validation-failed");
        JsonObject violation = unknown.json().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("pointer")).isEqualTo("/events/1");
        assertThat(violation.getString("message")).contains("filing.exploded", "filing.submitted", "filing.decided");

        assertProblem(admin.post("/api/webhooks", subscription(WebhookReceiver.url(path()))), 422, "validation-failed");
        assertProblem(admin.post("/api/webhooks", Json.createObjectBuilder().add("url", WebhookReceiver.url(path())).build()),
                422, "validation-failed");
        assertThat(admin.get("/api/webhooks").text()).doesNotContain("exploded");
    }

    @Test
    void onlyTheAuthoritysAdministratorSeesAndChangesItsSubscriptions() throws SQLException {
        String id = subscribe(path(), "filing.submitted").json().getString("id");
        String another = anotherAuthoritysCopyOf(id);

        assertProblem(GatewayClient.signedIn("claire").get("/api/webhooks"), 403, "role-required");
        assertProblem(GatewayClient.signedIn("amelie").post("/api/webhooks",
                subscription(WebhookReceiver.url(path()), "filing.submitted")), 403, "role-required");
        assertProblem(GatewayClient.signedIn("amelie").get("/api/webhooks/" + id + "/deliveries"), 403, "role-required");
        assertProblem(GatewayClient.anonymous().get("/api/webhooks"), 401, "authentication-required");
        assertProblem(GatewayClient.signedIn("admin").withoutCsrfToken().delete("/api/webhooks/" + id), 403,
                "csrf-token-invalid");
        assertProblem(admin.get("/api/webhooks/" + another + "/deliveries"), 404, "not-found");
        assertProblem(admin.delete("/api/webhooks/" + another), 404, "not-found");
        assertThat(admin.get("/api/webhooks").text()).contains(id).doesNotContain(another);
        submitted();
        try (Connection database = GatewayDatabase.connect()) {
            assertThat(GatewayDatabase.count(database, "webhook_delivery where subscription_id = '" + another + "'")).isZero();
            assertThat(GatewayDatabase.count(database, "webhook_subscription where id = '" + another + "'")).isOne();
        }

        assertThat(admin.delete("/api/webhooks/" + id).status()).isEqualTo(204);

        assertProblem(admin.get("/api/webhooks/" + id + "/deliveries"), 404, "not-found");
        assertThat(admin.get("/api/webhooks").text()).doesNotContain(id);
    }

    private GatewayClient.Reply subscribe(String path, String... events) {
        return admin.post("/api/webhooks", subscription(WebhookReceiver.url(path), events));
    }

    private void unsubscribe(String id) {
        assertThat(admin.delete("/api/webhooks/" + id).status()).isEqualTo(204);
    }

    private static JsonObject subscription(String url, String... events) {
        return Json.createObjectBuilder().add("url", url).add("events", Json.createArrayBuilder(List.of(events))).build();
    }

    private static String path() {
        return "/back-office/" + UUID.randomUUID();
    }

    private static String submitted() {
        GatewayClient amelie = GatewayClient.signedIn("amelie");
        GatewayClient.Reply submitted = amelie.post("/api/filings/" + FilingRefusalsIT.completeDraft(amelie) + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().getJsonObject("submission").getString("reference");
    }

    /** The subscription's one delivery, once the gateway has recorded it delivered. */
    private JsonObject deliveredOnce(String subscriptionId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject delivery;
        do {
            GatewayClient.Reply page = admin.get("/api/webhooks/" + subscriptionId + "/deliveries");
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().getInt("total")).isEqualTo(1);
            delivery = page.json().getJsonArray("items").getJsonObject(0);
            if (delivery.getString("status").equals("DELIVERED")) {
                return delivery;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("never recorded as delivered: " + delivery);
    }

    /**
     * The same subscription as if another authority's administrator had made it; its id. Copied row by row, as the
     * gateway stores times in its own format.
     */
    private static String anotherAuthoritysCopyOf(String subscriptionId) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection database = GatewayDatabase.connect()) {
            GatewayDatabase.execute(database, "insert into webhook_subscription (id, authority_id, url, events, secret,"
                    + " created_by, created_at) select '" + id + "', '" + UUID.randomUUID() + "', url, events, secret,"
                    + " created_by, created_at from webhook_subscription where id = '" + subscriptionId + "'");
        }
        return id;
    }

    private static JsonObject event(List<WebhookReceiver.Request> requests, String type) {
        return requests.stream().map(WebhookIT::event).filter(event -> event.getString("type").equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event among " + requests));
    }

    private static JsonObject event(WebhookReceiver.Request request) {
        return Json.createReader(new StringReader(new String(request.body(), StandardCharsets.UTF_8))).readObject();
    }

    /** The signature as the Standard Webhooks specification defines it, computed here independently of the gateway. */
    private static String signature(String secret, WebhookReceiver.Request request) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((request.webhookId() + "." + request.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(request.body()));
    }
}
