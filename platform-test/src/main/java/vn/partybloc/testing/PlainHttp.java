package vn.partybloc.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Requests to the service under test without rest-assured, for the tests that send thousands of them (the access
 * matrix and its snapshots, the bad-input tests, the benchmarks): rest-assured's Groovy machinery costs the test more CPU per request
 * than the service spends answering it. Where the OpenAPI check is on ({@link OpenApiValidationCallback}), the first
 * answer of each method, path and status (ids aside) is checked against the document, as rest-assured's filter checks
 * every answer; the request is not, since these tests send bad ones and requests without a token on purpose.
 */
public final class PlainHttp {

    public record Answer(int status, String contentType, String etag, String body) {}

    private static final Pattern IDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Methods, paths (their ids as {@code {id}}) and statuses already checked against the document. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private PlainHttp() {}

    /** POSTs a JSON body with the token; fails unless the answer has the {@code expected} status. */
    public static Answer postJson(String token, String url, String body, int expected) {
        Answer answer = send(token, "POST", url, "application/json", body);
        if (answer.status() != expected) {
            throw new IllegalStateException("POST " + url + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** Sends the request with the token (none when null) and answers what came back. */
    public static Answer send(String token, String method, String url, String contentType, String body) {
        return send(token, method, url, "*/*", contentType, body);
    }

    /** As {@link #send(String, String, String, String, String)}, asking for the media types {@code accept} names. */
    public static Answer send(String token, String method, String url, String accept, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath + url))
                .header("Accept", accept)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url, e);
        }
        Answer answer = new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.body());
        String path = URI.create(url).getRawPath();
        if (!path.startsWith("/q/")
                && CHECKED.add(method + " " + IDS.matcher(path).replaceAll("{id}") + " " + answer.status())) {
            if (OpenApiValidationCallback.enabled()) {
                checkAnswer(OpenApiValidationCallback.validator(), token, method, url, contentType, body, response);
            }
        }
        return answer;
    }

    /** Fails the test when the answer does not match the document (the request, possibly bad on purpose, unchecked). */
    static void checkAnswer(
            OpenApiInteractionValidator validator,
            String token,
            String method,
            String url,
            String contentType,
            String body,
            HttpResponse<String> response) {
        URI uri = URI.create(url);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(decode(nameValue[0]), nameValue.length == 2 ? decode(nameValue[1]) : "");
            }
        }
        if (token != null) {
            request.withAuthorization("Bearer " + token);
        }
        if (body != null) {
            request.withContentType(contentType).withBody(body);
        }
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        OpenApiValidationFilter.checkAnswer(validator, request.build(), answer.build());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
