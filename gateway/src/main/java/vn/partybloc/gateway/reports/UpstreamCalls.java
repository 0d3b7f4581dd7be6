package vn.partybloc.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.partybloc.gateway.config.GatewayConfig;

/**
 * The gateway's own calls to a service (not the proxy's): one HTTP client, and a GET that carries the caller's token
 * and the request id so that the service applies the caller's role and scope and the logs line up.
 */
@ApplicationScoped
public class UpstreamCalls {

    /**
     * HTTP/1.1, a connection per call in flight: the services accept an upgrade to HTTP/2, and over HTTP/2 every part
     * of every report to one service shared a single connection, so a part that timed out and closed it took the
     * other parts in flight with it ({@code EOFException}, marked UNREACHABLE).
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final GatewayConfig config;

    public UpstreamCalls(GatewayConfig config) {
        this.config = config;
    }

    public HttpClient http() {
        return http;
    }

    /**
     * A composite's part: a service's answer to a GET, or why it gave none ({@code NOT_DEPLOYED}, {@code TIMEOUT},
     * {@code UNREACHABLE}), with what to tell the caller.
     */
    public record Reply(String missing, String detail, int status, String body) {

        public boolean answered() {
            return missing == null;
        }
    }

    /** A GET of {@code path} on the service {@code upstream} names, given up on after {@code gateway.report-timeout}. */
    public CompletableFuture<Reply> ask(String upstream, String path, String authorization, String requestId) {
        GatewayConfig.Upstream service = config.upstreams().get(upstream);
        if (service == null || !service.deployed()) {
            return CompletableFuture.completedFuture(
                    new Reply("NOT_DEPLOYED", upstream + "-service is not deployed", 0, null));
        }
        return http.sendAsync(
                        get(service, path, authorization, requestId, config.reportTimeout()),
                        HttpResponse.BodyHandlers.ofString())
                .orTimeout(config.reportTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(response -> new Reply(null, null, response.statusCode(), response.body()))
                .exceptionally(e -> new Reply(
                        e.getCause() instanceof TimeoutException || e.getCause() instanceof HttpTimeoutException
                                ? "TIMEOUT"
                                : "UNREACHABLE",
                        upstream + "-service did not answer: " + e.getCause(),
                        0,
                        null));
    }

    /** A JSON GET of {@code path} (with its query) on {@code upstream}, given up on after {@code timeout}. */
    public HttpRequest get(
            GatewayConfig.Upstream upstream, String path, String authorization, String requestId, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(upstream.url().get().toString().replaceAll("/$", "") + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }
}
