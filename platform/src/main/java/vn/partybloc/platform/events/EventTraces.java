package vn.partybloc.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.List;

/**
 * The trace an event belongs to, carried with it as a W3C {@code traceparent}: stored in the outbox with the event,
 * sent as the CloudEvents distributed-tracing attribute, and continued by each consumer that applies it.
 */
public final class EventTraces {

    /**
     * The Kafka header OpenTelemetry's instrumentation of Kafka clients reads; the relay sends the same value as
     * {@link CloudEvents#TRACEPARENT}.
     */
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private EventTraces() {}

    /** The current span as a traceparent; null outside any trace. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }

    /** The span a traceparent names, as a parent; the root (a new trace) when it is absent or malformed. */
    public static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT);
    }
}
