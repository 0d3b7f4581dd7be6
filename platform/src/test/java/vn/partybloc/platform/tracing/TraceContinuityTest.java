package vn.partybloc.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteTraces;
import vn.partybloc.testing.Tokens;

/**
 * One trace from a write to its effect in a consumer: the service continues the caller's trace (W3C traceparent),
 * the outbox keeps it with the event, the relay sends it with the record, and the consumer applies the event within
 * the same trace. Who follows a request sees where it went and where it waited.
 */
@QuarkusTest
class TraceContinuityTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aWriteAndItsEffectInAConsumerAreOneTrace() {
        String traceId = hex(16);
        String callersSpan = hex(8);
        String noteId = given().auth()
                .oauth2(Tokens.as("admin"))
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01")
                .contentType("application/json")
                .body("{\"title\": \"Dấu vết " + traceId + "\"}")
                .post("/test/notes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> NoteTraces.APPLIED_IN.containsKey(noteId));
        assertEquals(traceId, NoteTraces.APPLIED_IN.get(noteId), "the consumer's effect ran in the writer's trace");

        List<SpanData> trace = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> spansOf(traceId),
                        found -> found.stream().anyMatch(span -> span.getKind() == SpanKind.CONSUMER));
        SpanData server = only(trace, SpanKind.SERVER);
        assertEquals(callersSpan, server.getParentSpanId(), "the service continued the caller's span");
        SpanData consumer = only(trace, SpanKind.CONSUMER);
        assertEquals("note-traces apply", consumer.getName());
        Set<String> spanIds = trace.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
        assertTrue(spanIds.contains(consumer.getParentSpanId()), "the consumer's span hangs under the write's");
        assertEquals(
                "test.notes.v1",
                consumer.getAttributes().asMap().entrySet().stream()
                        .filter(attribute -> attribute.getKey().getKey().equals("messaging.destination.name"))
                        .findFirst()
                        .orElseThrow()
                        .getValue());
    }

    private List<SpanData> spansOf(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList();
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind) {
        List<SpanData> of =
                trace.stream().filter(span -> span.getKind() == kind).toList();
        assertEquals(1, of.size(), () -> kind + " spans: " + of);
        return of.get(0);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
