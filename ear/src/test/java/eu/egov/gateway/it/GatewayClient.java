package eu.egov.gateway.it;

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
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * A client of the deployed gateway, as a browser (session cookie and CSRF token) or as business
 * software (API token) would use it.
 */
final class GatewayClient {

    static final String BASE = System.getProperty("gateway.url", "http://localhost:8080");

    private final HttpClient http;
    private final List<String> headers = new ArrayList<>();
    private String csrfToken;

    private GatewayClient() {
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static GatewayClient anonymous() {
        return new GatewayClient();
    }

    /** Signs in with the demo password README gives for every demo user. */
    static GatewayClient signedIn(String username) {
        GatewayClient client = new GatewayClient();
        Reply reply = client.post("/api/session", Json.createObjectBuilder()
                .add("username", username).add("password", username + "-demo").build());
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply.text());
        }
        client.csrfToken = reply.json().getString("csrfToken");
        return client;
    }

    static GatewayClient withToken(String token) {
        GatewayClient client = new GatewayClient();
        client.headers.add("Authorization");
        client.headers.add("Bearer " + token);
        return client;
    }

    GatewayClient header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    /** Forgets the CSRF token, as a forged cross-site request would not have it. */
    GatewayClient withoutCsrfToken() {
        csrfToken = null;
        return this;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply post(String path, JsonStructure body) {
        return postRaw(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply postRaw(String path, String contentType, byte[] body, String... extraHeaders) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return send(request);
    }

    Reply put(String path, JsonStructure body, String... extraHeaders) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
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

    record Reply(int status, HttpResponse<byte[]> response, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
