package eu.egov.gateway.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A back-office system's webhook endpoint, in the test JVM: an HTTP server on the loopback port the test server
 * may deliver to (gateway.it.webhook.port, allowed by GATEWAY_WEBHOOK_ALLOWED_NETWORKS). It keeps every request
 * it gets, by path, and answers 204, or 500 to as many first requests on a path as a test asks.
 */
public final class WebhookReceiver implements AutoCloseable {

    static final int PORT = Integer.getInteger("gateway.it.webhook.port", 3080);
    // the gateway delivers after its transaction commits, on another thread; retries and process timers come later
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpServer server;
    private final Map<String, List<Request>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook receiver cannot listen on port " + PORT, e);
        }
    }

    /** The URL of a path of this receiver, to subscribe with. */
    public static String url(String path) {
        return "http://127.0.0.1:" + PORT + path;
    }

    /** The next so many requests to the path are answered 500, as by a back-office that is down. */
    void failNext(String path, int times) {
        failures.put(path, new AtomicInteger(times));
    }

    /** The requests on the path, once there are at least so many; fails the test if they do not come in time. */
    public List<Request> await(String path, int count) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (requests(path).size() < count && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        List<Request> requests = requests(path);
        if (requests.size() < count) {
            throw new AssertionError("expected " + count + " webhook requests on " + path + ", got " + requests);
        }
        return requests;
    }

    List<Request> requests(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            AtomicInteger failing = failures.get(path);
            int status = failing != null && failing.getAndDecrement() > 0 ? 500 : 204;
            received.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>()).add(new Request(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Webhook-Id"),
                    exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Webhook-Signature"), body.readAllBytes(), status));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A request as it arrived, with the status it was answered with. */
    public record Request(String method, String contentType, String webhookId, String timestamp, String signature,
                   byte[] body, int answered) {
    }
}
