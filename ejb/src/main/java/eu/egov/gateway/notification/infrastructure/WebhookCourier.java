package eu.egov.gateway.notification.infrastructure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import eu.egov.gateway.notification.application.WebhookDeliveries;
import eu.egov.gateway.notification.domain.WebhookAttempt;
import eu.egov.gateway.notification.domain.WebhookSignature;
import eu.egov.gateway.notification.domain.WebhookTargetPolicy;
import eu.egov.gateway.notification.domain.WebhooksDue;

/**
 * Sends due deliveries: right after the transaction that wrote them commits, and whenever the clock finds some
 * due (retries, and those a restart interrupted). Each attempt is a POST of the event's JSON, signed
 * the "Standard Webhooks" way, with short time-outs and no redirects followed (a redirect could lead where
 * the target policy would not let a subscription go); any 2xx answer delivers it.
 */
@ApplicationScoped
class WebhookCourier {

    private static final Logger LOG = Logger.getLogger(WebhookCourier.class.getName());
    private static final int BATCH = 50;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    @Inject
    private WebhookDeliveries deliveries;

    @Inject
    private WebhookTargets targets;

    @Resource
    private ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksDue due) {
        executor.execute(this::deliverDue);
    }

    /** Takes what is due and makes one attempt at each, concurrently, so that one slow receiver delays no other. */
    void deliverDue() {
        List<String> taken;
        do {
            taken = deliveries.takeDue(BATCH);
            taken.forEach(id -> executor.execute(() -> attempt(id)));
        } while (taken.size() == BATCH);
    }

    private void attempt(String deliveryId) {
        Optional<WebhookDeliveries.Outgoing> outgoing = deliveries.outgoing(deliveryId);
        if (outgoing.isEmpty()) {
            return;
        }
        try {
            deliveries.record(deliveryId, send(outgoing.get()));
        } catch (InterruptedException e) {
            // the server is stopping: the lease runs out and the attempt is made again, unrecorded
            Thread.currentThread().interrupt();
            LOG.info(() -> "Webhook delivery " + deliveryId + " interrupted; it will be tried again");
        }
    }

    private WebhookAttempt send(WebhookDeliveries.Outgoing outgoing) throws InterruptedException {
        Instant now = Instant.now();
        URI url = URI.create(outgoing.url());
        Optional<WebhookTargetPolicy.Refusal> refusal = targets.refusalOf(url);
        if (refusal.isPresent()) {
            return new WebhookAttempt(now, null, "not sent: the address is no longer allowed (" + refusal.get().key() + ")");
        }
        byte[] body = outgoing.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "egov-gateway-webhooks/1")
                .header("Webhook-Id", outgoing.webhookId())
                .header("Webhook-Timestamp", String.valueOf(timestamp))
                .header("Webhook-Signature", WebhookSignature.sign(outgoing.secret(), outgoing.webhookId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new WebhookAttempt(now, status, status / 100 == 2 ? null : "the receiver answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new WebhookAttempt(now, null, "no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            return new WebhookAttempt(now, null, "connection refused or unreachable");
        } catch (IOException e) {
            return new WebhookAttempt(now, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
