package vn.partybloc.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays, for the stack the end-to-end tests run, the part the OpenTelemetry Collector plays in Compose and on
 * Kubernetes: it receives every application's spans (OTLP over HTTP, protobuf) and keeps them by trace, so that a test
 * can read one trace whole.
 */
final class TraceCollector {

    /** One span as an application sent it. */
    record Span(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            String kind,
            long startNanos,
            long endNanos) {

        Duration duration() {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }

    /** The traces kept: the latest this many (the demo's load makes far more, which no test reads). */
    private static final int MAX_TRACES = 20_000;

    private static final Map<String, List<Span>> TRACES = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Span>> eldest) {
            return size() > MAX_TRACES;
        }
    };
    private static HttpServer server;

    private TraceCollector() {}

    /** Starts it, once; answers the endpoint the applications are to send their spans to. */
    static synchronized String endpoint() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            } catch (IOException e) {
                throw new IllegalStateException("could not start the trace collector", e);
            }
            server.createContext("/", TraceCollector::receive); // OTLP/HTTP posts to /v1/traces
            server.start();
        }
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The spans of one trace received so far, from the earliest. */
    static List<Span> trace(String traceId) {
        List<Span> spans;
        synchronized (TRACES) {
            spans = new ArrayList<>(TRACES.getOrDefault(traceId, List.of()));
        }
        spans.sort(Comparator.comparingLong(Span::startNanos));
        return spans;
    }

    /** The trace as text: each span under its parent, with its application, name, kind and duration. */
    static String render(List<Span> trace) {
        StringBuilder text = new StringBuilder();
        trace.stream()
                .filter(span -> trace.stream().noneMatch(other -> other.spanId().equals(span.parentSpanId())))
                .forEach(root -> render(trace, root, 0, text));
        return text.toString();
    }

    private static void render(List<Span> trace, Span span, int depth, StringBuilder text) {
        text.append("  ".repeat(depth))
                .append(String.format(
                        "%s | %s (%s) %.1f ms%n",
                        span.service(),
                        span.name(),
                        span.kind(),
                        span.duration().toNanos() / 1e6));
        trace.stream()
                .filter(child -> child.parentSpanId().equals(span.spanId()))
                .forEach(child -> render(trace, child, depth + 1, text));
    }

    private static void receive(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream body = exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(attribute -> attribute.getKey().equals("service.name"))
                        .map(KeyValue::getValue)
                        .map(value -> value.getStringValue())
                        .findFirst()
                        .orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    scope.getSpansList()
                            .forEach(span -> keep(new Span(
                                    service,
                                    hex(span.getTraceId().toByteArray()),
                                    hex(span.getSpanId().toByteArray()),
                                    hex(span.getParentSpanId().toByteArray()),
                                    span.getName(),
                                    span.getKind().name().replace("SPAN_KIND_", ""),
                                    span.getStartTimeUnixNano(),
                                    span.getEndTimeUnixNano())));
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** Once per span: an exporter sends a batch again when its export timed out, though it may have arrived. */
    private static void keep(Span span) {
        synchronized (TRACES) {
            List<Span> trace = TRACES.computeIfAbsent(span.traceId(), id -> new ArrayList<>());
            if (trace.stream().noneMatch(kept -> kept.spanId().equals(span.spanId()))) {
                trace.add(span);
            }
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
