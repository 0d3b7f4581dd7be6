package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import vn.partybloc.gateway.config.GatewayConfig;

/**
 * The Bloc's overview: asks each service for its statistics of a subtree in parallel and assembles what answered in
 * time. A part whose service is absent, slow or failing is marked so, and the rest is still returned.
 */
@ApplicationScoped
public class OverviewService {

    /** Which service answers which part, and at which path ({organizationId} and the asOf query are filled in). */
    static final Map<String, Part> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("organizations", new Part("organization", "/api/v1/organizations/{organizationId}/counts"));
        PARTS.put("members", new Part("member", "/api/v1/members/statistics?organizationId={organizationId}"));
        PARTS.put("training", new Part("training", "/api/v1/courses/report?organizationId={organizationId}"));
        PARTS.put("evaluation", new Part("evaluation", "/api/v1/reviews/attainment?organizationId={organizationId}"));
    }

    record Part(String upstream, String path) {}

    /** Each section's name and the path (without its query) of the service operation whose answer is its data. */
    public static Map<String, String> sectionSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        PARTS.forEach((name, part) -> sources.put(name, part.path().replaceAll("\\?.*", "")));
        return sources;
    }

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final UpstreamCalls calls;

    public OverviewService(GatewayConfig config, ObjectMapper json, UpstreamCalls calls) {
        this.config = config;
        this.json = json;
        this.calls = calls;
    }

    public Overview overview(UUID organizationId, LocalDate asOf, String authorization, String requestId) {
        Map<String, CompletableFuture<Overview.Section>> pending = new LinkedHashMap<>();
        PARTS.forEach((name, part) -> pending.put(name, fetch(part, organizationId, asOf, authorization, requestId)));
        Map<String, Overview.Section> sections = new LinkedHashMap<>();
        pending.forEach((name, future) -> sections.put(name, future.join()));
        return new Overview(organizationId, asOf, sections);
    }

    private CompletableFuture<Overview.Section> fetch(
            Part part, UUID organizationId, LocalDate asOf, String authorization, String requestId) {
        GatewayConfig.Upstream upstream = config.upstreams().get(part.upstream());
        if (upstream == null || !upstream.deployed()) {
            return CompletableFuture.completedFuture(
                    Overview.Section.unavailable("NOT_DEPLOYED", part.upstream() + "-service is not deployed"));
        }
        String path = part.path().replace("{organizationId}", organizationId.toString());
        if (asOf != null) {
            path += (path.contains("?") ? "&" : "?") + "asOf="
                    + URLEncoder.encode(asOf.toString(), StandardCharsets.UTF_8);
        }
        return calls.http()
                .sendAsync(calls.get(upstream, path, authorization, requestId), HttpResponse.BodyHandlers.ofString())
                .orTimeout(config.reportTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(response -> {
                    if (response.statusCode() == 200) {
                        return Overview.Section.ok(parse(response.body()));
                    }
                    JsonNode problem = parse(response.body());
                    return Overview.Section.failed(
                            response.statusCode(),
                            problem == null ? null : problem.path("detail").asText(null));
                })
                .exceptionally(e -> Overview.Section.unavailable(
                        e.getCause() instanceof java.util.concurrent.TimeoutException
                                        || e.getCause() instanceof java.net.http.HttpTimeoutException
                                ? "TIMEOUT"
                                : "UNREACHABLE",
                        part.upstream() + "-service did not answer: " + e.getCause()));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
