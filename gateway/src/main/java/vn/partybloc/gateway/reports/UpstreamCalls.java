package vn.partybloc.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
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

    public HttpClient http() {
        return http;
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
