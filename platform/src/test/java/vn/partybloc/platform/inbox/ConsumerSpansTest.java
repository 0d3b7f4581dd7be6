package vn.partybloc.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.events.EventTraces;

/** Where a consumer's span sits: in the trace of the event, or of the events, it applies. */
class ConsumerSpansTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String OTHER_TRACE = "0af7651916cd43dd8448eb211c80319c";

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final ConsumerSpans spans = new ConsumerSpans(
            SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exported))
                    .build()
                    .get("test"),
            "members");

    @Test
    void anEventAppliedAloneContinuesItsTrace() {
        SpanData span = run(spans.one(record(0, "00-" + TRACE + "-00f067aa0ba902b7-01")));
        assertEquals(TRACE, span.getTraceId());
        assertEquals("00f067aa0ba902b7", span.getParentSpanId());
        assertEquals("members apply", span.getName());
        assertEquals(SpanKind.CONSUMER, span.getKind());
    }

    @Test
    void anEventWithoutATraceStartsOne() {
        SpanData span = run(spans.one(record(0, null)));
        assertEquals(32, span.getTraceId().length());
        assertEquals("0000000000000000", span.getParentSpanId());
    }

    @Test
    void aPollOfOneCommandsEventsIsWithinItsTraceAndLinkedToEach() {
        SpanData span = run(spans.batch(records(
                record(0, "00-" + TRACE + "-00f067aa0ba902b7-01"), record(1, "00-" + TRACE + "-00f067aa0ba902b8-01"))));
        assertEquals(TRACE, span.getTraceId());
        assertEquals(2, span.getLinks().size());
        assertEquals(2L, span.getAttributes().get(AttributeKey.longKey("messaging.batch.message_count")));
    }

    @Test
    void aPollOfSeveralTracesIsATraceOfItsOwnLinkedToEach() {
        SpanData span = run(spans.batch(records(
                record(0, "00-" + TRACE + "-00f067aa0ba902b7-01"),
                record(1, "00-" + OTHER_TRACE + "-00f067aa0ba902b8-01"),
                record(2, null))));
        assertNotEquals(TRACE, span.getTraceId());
        assertNotEquals(OTHER_TRACE, span.getTraceId());
        assertEquals(2, span.getLinks().size());
    }

    private SpanData run(Span span) {
        spans.within(span, () -> {});
        List<SpanData> finished = exported.getFinishedSpanItems();
        assertEquals(1, finished.size());
        return finished.get(0);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String traceparent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("party.members.v1", 0, offset, "key", new byte[0]);
        if (traceparent != null) {
            record.headers().add(EventTraces.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @SafeVarargs
    private static ConsumerRecords<String, byte[]> records(ConsumerRecord<String, byte[]>... records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition("party.members.v1", 0), List.of(records)), Map.of());
    }
}
