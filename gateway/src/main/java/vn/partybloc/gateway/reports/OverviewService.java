package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The gateway's composite reports, the Bloc's overview and the period report: asks each service for its part of a
 * subtree in parallel and assembles what answered in time. A part whose service is absent, slow or failing is marked
 * so, and the rest is still returned.
 */
@ApplicationScoped
public class OverviewService {

    /** Which service answers which part, and at which path ({organizationId} and the asOf query are filled in). */
    static final Map<String, Part> PARTS = new LinkedHashMap<>();

    /** The period report's parts ({organizationId} and the from and to queries are filled in). */
    static final Map<String, Part> PERIOD_PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("organizations", new Part("organization", "/api/v1/organizations/{organizationId}/counts"));
        PARTS.put("members", new Part("member", "/api/v1/members/statistics?organizationId={organizationId}"));
        PARTS.put("training", new Part("training", "/api/v1/courses/report?organizationId={organizationId}"));
        PARTS.put("evaluation", new Part("evaluation", "/api/v1/reviews/attainment?organizationId={organizationId}"));
        PARTS.put("meetings", new Part("organization", "/api/v1/organizations/{organizationId}/meetings/summary"));
        PERIOD_PARTS.put(
                "structuralChanges", new Part("organization", "/api/v1/organizations/{organizationId}/change-counts"));
        PERIOD_PARTS.put(
                "positionsFilled", new Part("member", "/api/v1/positions/report?organizationId={organizationId}"));
        PERIOD_PARTS.put(
                "memberMovements", new Part("member", "/api/v1/members/movements?organizationId={organizationId}"));
        PERIOD_PARTS.put(
                "discipline",
                new Part("evaluation", "/api/v1/discipline-cases/report?organizationId={organizationId}"));
    }

    record Part(String upstream, String path) {}

    /** Each section's name and the path (without its query) of the service operation whose answer is its data. */
    public static Map<String, String> sectionSources() {
        return sources(PARTS);
    }

    /** The same for the period report's sections. */
    public static Map<String, String> periodSectionSources() {
        return sources(PERIOD_PARTS);
    }

    private static Map<String, String> sources(Map<String, Part> parts) {
        Map<String, String> sources = new LinkedHashMap<>();
        parts.forEach((name, part) -> sources.put(name, part.path().replaceAll("\\?.*", "")));
        return sources;
    }

    private final ObjectMapper json;
    private final UpstreamCalls calls;
    private final Meter.MeterProvider<Timer> partTimes;

    public OverviewService(ObjectMapper json, UpstreamCalls calls, MeterRegistry registry) {
        this.json = json;
        this.calls = calls;
        this.partTimes = Timer.builder("gateway.report.part")
                .description("Time until a composite report's part answered, failed or timed out, by its status")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .withRegistry(registry);
    }

    public Overview overview(UUID organizationId, LocalDate asOf, String authorization, String requestId) {
        Map<String, LocalDate> query = new LinkedHashMap<>();
        query.put("asOf", asOf);
        return new Overview(organizationId, asOf, sections(PARTS, organizationId, query, authorization, requestId));
    }

    /** The period report of [from, to]; {@code to} before {@code from} is refused before any service is asked. */
    public PeriodReport period(
            UUID organizationId, LocalDate from, LocalDate to, String authorization, String requestId) {
        if (to.isBefore(from)) {
            throw new InvalidPeriodException(from, to);
        }
        Map<String, LocalDate> query = new LinkedHashMap<>();
        query.put("from", from);
        query.put("to", to);
        return new PeriodReport(
                organizationId, from, to, sections(PERIOD_PARTS, organizationId, query, authorization, requestId));
    }

    private Map<String, Overview.Section> sections(
            Map<String, Part> parts,
            UUID organizationId,
            Map<String, LocalDate> query,
            String authorization,
            String requestId) {
        Map<String, CompletableFuture<Overview.Section>> pending = new LinkedHashMap<>();
        parts.forEach((name, part) ->
                pending.put(name, timed(name, () -> fetch(part, organizationId, query, authorization, requestId))));
        Map<String, Overview.Section> sections = new LinkedHashMap<>();
        pending.forEach((name, future) -> sections.put(name, future.join()));
        return sections;
    }

    /** How long each part took and how it ended, so that the report timeout can be sized from real traffic. */
    private CompletableFuture<Overview.Section> timed(
            String name, Supplier<CompletableFuture<Overview.Section>> section) {
        long started = System.nanoTime();
        return section.get().thenApply(answered -> {
            partTimes
                    .withTags("part", name, "status", answered.status())
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return answered;
        });
    }

    private CompletableFuture<Overview.Section> fetch(
            Part part, UUID organizationId, Map<String, LocalDate> query, String authorization, String requestId) {
        String path = part.path().replace("{organizationId}", organizationId.toString());
        for (Map.Entry<String, LocalDate> parameter : query.entrySet()) {
            if (parameter.getValue() != null) {
                path += (path.contains("?") ? "&" : "?") + parameter.getKey() + "="
                        + URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8);
            }
        }
        return calls.ask(part.upstream(), path, authorization, requestId).thenApply(reply -> {
            if (!reply.answered()) {
                return Overview.Section.unavailable(reply.missing(), reply.detail());
            }
            if (reply.status() == 200) {
                return Overview.Section.ok(parse(reply.body()));
            }
            JsonNode problem = parse(reply.body());
            return Overview.Section.failed(
                    reply.status(),
                    problem == null ? null : problem.path("detail").asText(null));
        });
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
