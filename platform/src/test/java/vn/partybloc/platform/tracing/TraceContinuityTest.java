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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        assertEquals("test.notes.v1", attribute(consumer, "messaging.destination.name"));
        assertTrue(
                databaseCalls(trace).anyMatch(call -> statementOf(call).contains("INSERT INTO OUTBOX")),
                "the write's database calls are spans of its trace, the outbox's insert among them");
        assertTrue(
                databaseCalls(trace).anyMatch(call -> call.getParentSpanId().equals(consumer.getSpanId())),
                "the consumer's database calls hang under its span");
    }

    @Test
    void aDatabaseCallOutsideAnyTraceStartsNone() {
        given().auth()
                .oauth2(Tokens.as("admin"))
                .contentType("application/json")
                .body("{\"title\": \"Không dấu vết\"}")
                .post("/test/notes")
                .then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> databaseCalls(spans.getFinishedSpanItems()).count() > 0);

        List<Object> withoutTrace = databaseCalls(spans.getFinishedSpanItems())
                .filter(call -> !call.getParentSpanContext().isValid())
                .map(call -> attribute(call, "db.statement"))
                .toList();
        assertEquals(List.of(), withoutTrace, "the relay's polls and the gauges' queries are not traces of their own");
    }

    private static Stream<SpanData> databaseCalls(List<SpanData> spans) {
        return spans.stream()
                .filter(span -> span.getKind() == SpanKind.CLIENT)
                .filter(span -> "postgresql".equals(attribute(span, "db.system")));
    }

    private static String statementOf(SpanData call) {
        return String.valueOf(attribute(call, "db.statement")).toUpperCase(Locale.ROOT);
    }

    private static Object attribute(SpanData span, String key) {
        return span.getAttributes().asMap().entrySet().stream()
                .filter(attribute -> attribute.getKey().getKey().equals(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
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
