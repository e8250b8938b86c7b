package eu.egov.gateway.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * One signed-in user of the gateway, as a browser uses it (session cookie and CSRF token). Shared
 * by the load's worker threads; the connections it opens are kept alive between requests.
 */
final class Gateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String base;
    private final HttpClient http;
    private String csrfToken;

    private Gateway(String base, int connections) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, connections), daemon()))
                .build();
    }

    static Gateway anonymous(String base) {
        return new Gateway(base, 2);
    }

    static Gateway signedIn(String base, String username, String password, int connections) {
        Gateway gateway = new Gateway(base, connections);
        Reply reply = gateway.post("/api/session", Json.createObjectBuilder()
                .add("username", username).add("password", password).build());
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply.text());
        }
        gateway.csrfToken = reply.json().getString("csrfToken");
        return gateway;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply post(String path, JsonStructure body) {
        return post(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Reply put(String path, JsonStructure body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "http");
            thread.setDaemon(true);
            return thread;
        };
    }

    record Reply(int status, HttpResponse<byte[]> response, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
