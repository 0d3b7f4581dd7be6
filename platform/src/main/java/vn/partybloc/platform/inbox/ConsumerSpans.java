package vn.partybloc.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.MDC;
import vn.partybloc.kernel.RequestIds;
import vn.partybloc.platform.events.EventTraces;

/**
 * One consumer's spans. An event applied on its own continues the trace it was recorded in (the write that made it,
 * from the gateway on); a poll applied whole is one span linked to each of its events'. The lines logged meanwhile
 * name the trace, as a request's do.
 */
final class ConsumerSpans {

    /** The logging context's key Quarkus gives a request's span id; the trace id's is {@link RequestIds#TRACE_LOG_KEY}. */
    private static final String SPAN_LOG_KEY = "spanId";

    private final Tracer tracer;
    private final String consumer;

    ConsumerSpans(Tracer tracer, String consumer) {
        this.tracer = tracer;
        this.consumer = consumer;
    }

    Span one(ConsumerRecord<?, ?> record) {
        return start(consumer + " apply", record.topic())
                .setParent(EventTraces.parent(traceparent(record)))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .startSpan();
    }

    /**
     * A poll applied whole: linked to each of its events' spans, and within their trace when they share one (the
     * events of one bulk command), a trace of its own otherwise.
     */
    Span batch(ConsumerRecords<?, ?> records) {
        SpanBuilder span = start(consumer + " apply batch", null)
                .setAttribute("messaging.batch.message_count", (long) records.count());
        Set<String> traces = new HashSet<>();
        Context shared = Context.root();
        for (ConsumerRecord<?, ?> record : records) {
            Context parent = EventTraces.parent(traceparent(record));
            SpanContext event = Span.fromContext(parent).getSpanContext();
            if (event.isValid()) {
                span.addLink(event);
                shared = parent;
            }
            traces.add(event.isValid() ? event.getTraceId() : "");
        }
        return span.setParent(traces.size() == 1 ? shared : Context.root()).startSpan();
    }

    void within(Span span, Runnable work) {
        within(span, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work within the span, which it ends. */
    <T> T within(Span span, Supplier<T> work) {
        try (Scope scope = span.makeCurrent()) {
            MDC.put(RequestIds.TRACE_LOG_KEY, span.getSpanContext().getTraceId());
            MDC.put(SPAN_LOG_KEY, span.getSpanContext().getSpanId());
            return work.get();
        } finally {
            MDC.remove(RequestIds.TRACE_LOG_KEY);
            MDC.remove(SPAN_LOG_KEY);
            span.end();
        }
    }

    private SpanBuilder start(String name, String topic) {
        SpanBuilder span = tracer.spanBuilder(name)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer);
        return topic == null ? span : span.setAttribute("messaging.destination.name", topic);
    }

    private static String traceparent(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(EventTraces.HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
