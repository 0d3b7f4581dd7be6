package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/** Calls the system's public API through the gateway with a token from Keycloak, as any client would. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String realmUrl;
    private final String form;
    private String token;
    private long tokenAt;

    private ApiClient(String base, String realmUrl, String form) throws Exception {
        this.base = base;
        this.realmUrl = realmUrl;
        this.form = form;
        refresh();
    }

    /** Logs in with the password grant of the scripts client; logs in again before the 5-minute token expires. */
    static ApiClient login(String gateway, String realmUrl, String user, String password) throws Exception {
        return new ApiClient(gateway, realmUrl, passwordGrant(user, password));
    }

    /** The form of the password grant through the scripts client, for {@link #token}. */
    static String passwordGrant(String user, String password) {
        return "grant_type=password&client_id=partybloc-scripts&username=" + enc(user) + "&password=" + enc(password);
    }

    private void refresh() throws Exception {
        token = token(realmUrl, form);
        tokenAt = System.nanoTime();
    }

    private synchronized String bearer() throws Exception {
        if (System.nanoTime() - tokenAt > Duration.ofMinutes(3).toNanos()) {
            refresh();
        }
        return "Bearer " + token;
    }

    static String token(String realmUrl, String form) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login refused (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    JsonNode post(String path, String body) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                path);
    }

    /** POSTs a body of the given media type; answers the response whatever its status (for 202 + Location, 404, 409). */
    HttpResponse<String> postRaw(String path, String contentType, String body) throws Exception {
        return exchange(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                path);
    }

    /** PUTs JSON; answers the response whatever its status. */
    HttpResponse<String> putRaw(String path, String body) throws Exception {
        return exchange(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                path);
    }

    /** GETs; answers the response whatever its status. */
    HttpResponse<String> getRaw(String path) throws Exception {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    static JsonNode parse(String body) throws IOException {
        return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    }

    /**
     * Sends with the token, and again after {@code Retry-After} seconds while the answer says to: a 429 of the gateway's
     * rate limit, or a 409 of a transaction that lost to a concurrent one (nothing was changed).
     */
    private HttpResponse<String> exchange(HttpRequest.Builder request, String path) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpResponse<String> response = http.send(
                    request.setHeader("Authorization", bearer())
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            OptionalLong retryAfter = response.headers().firstValueAsLong("Retry-After");
            if (response.statusCode() == 429 || (response.statusCode() == 409 && retryAfter.isPresent())) {
                Thread.sleep(retryAfter.orElse(1) * 1000);
                continue;
            }
            return response;
        }
        throw new IOException(path + " was still told to retry after 20 attempts");
    }

    /** As {@link #exchange}; any other error stops the load. */
    private JsonNode send(HttpRequest.Builder request, String path) throws Exception {
        HttpResponse<String> response = exchange(request, path);
        if (response.statusCode() >= 300) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
