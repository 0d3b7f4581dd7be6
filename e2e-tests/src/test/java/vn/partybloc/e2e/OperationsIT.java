package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.OrganizationType;

/**
 * What docs/operations.md promises the person on call, on the running stack: every metric it lists (which the alerts
 * and the dashboard read, {@code MonitoringTest}) is on the {@code /q/metrics} of each part it names, each service's
 * pipeline health group answers, {@code run.sh logs} finds a request by its id, and a write is one trace from the
 * gateway to each consumer of its event.
 */
@Order(8)
class OperationsIT extends Journey {

    @Test
    void everyCataloguedMetricIsOnThePartsThatTheCatalogueNames() throws ApiException {
        // The overview's parts and a proxied request, so that their timers have series whatever ran before
        new ReportsApi(Gateway.as(LocalStack.login("viewer"))).getOverview(LocalDate.of(2023, 6, 30), null, null);
        List<MetricsCatalogue.Metric> catalogue = MetricsCatalogue.read();
        assertTrue(catalogue.size() >= 10, "the catalogue is read: " + catalogue);
        for (MetricsCatalogue.Metric metric : catalogue) {
            for (String part : metric.parts()) {
                String scrape = given().port(managementPort(part))
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertTrue(metric.in(scrape), part + " does not show " + metric.name());
            }
        }
    }

    @Test
    void eachServicesPipelineGroupIsUpOnceNoEventWaitsLong() {
        for (String service : MetricsCatalogue.SERVICES) {
            // A journey before may have left a backlog; the relay drains it within the group's threshold.
            Awaitility.await(service + "'s pipeline group")
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().port(managementPort(service))
                            .get("/q/health/group/pipeline")
                            .then()
                            .statusCode(200)
                            .body("checks[0].name", equalTo("outbox-backlog"))
                            .body("checks[0].data.relayState", equalTo("ACTIVE")));
        }
    }

    @Test
    void runShLogsFindsARequestByItsId() throws Exception {
        String requestId = "operations-it-" + UUID.randomUUID();
        given().auth()
                .oauth2(LocalStack.login("viewer"))
                .header("X-Request-Id", requestId)
                .get("/api/v1/organizations/" + bloc)
                .then()
                .statusCode(200)
                .header("X-Request-Id", requestId);
        Awaitility.await("the gateway's access line")
                .atMost(Duration.ofSeconds(10))
                .until(() -> LocalStack.run("logs", requestId)
                        .lines()
                        .anyMatch(line -> line.startsWith("gateway | ")
                                && line.contains("request=" + requestId)
                                && line.contains("GET /api/v1/organizations/" + bloc + " status=200")));
    }

    /**
     * A member's admission is one trace: the gateway, member-service that writes the member, and each service whose
     * replica of the members applies the admission's event. {@code run.sh logs} finds the request by its trace id too.
     */
    @Test
    void aMembersAdmissionIsOneTraceFromTheGatewayToEveryReplica() throws Exception {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("VT"), "Đảng bộ Kho bạc tỉnh", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("VTC"), "Chi bộ Kế toán", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String traceId = HexFormat.of().formatHex(random);
        ApiClient client = Gateway.as(organizer);
        Consumer<HttpRequest.Builder> authorization = client.getRequestInterceptor();
        client.setRequestInterceptor(request -> {
            authorization.accept(request);
            request.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        });
        new MembersApi(client)
                .admitMember(
                        member("Lê Thị Vân", LocalDate.of(1988, 9, 2), Gender.FEMALE, cell)
                                .admittedOn(LocalDate.of(2015, 5, 19)),
                        null);

        Set<String> replicas = Set.of("organization-service", "training-service", "evaluation-service");
        List<TraceCollector.Span> trace = Awaitility.await("the admission's trace")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> TraceCollector.trace(traceId),
                        spans -> spans.stream()
                                        .filter(span -> span.name().equals("members apply"))
                                        .map(TraceCollector.Span::service)
                                        .collect(Collectors.toSet())
                                        .containsAll(replicas)
                                && hasSpan(spans, "gateway", "SERVER")
                                && hasSpan(spans, "member-service", "SERVER"));
        String text = TraceCollector.render(trace);
        System.out.println("The admission's trace:\n" + text);
        TraceCollector.Span edge = one(trace, "gateway", "SERVER");
        TraceCollector.Span proxied = one(trace, "gateway", "CLIENT");
        TraceCollector.Span write = one(trace, "member-service", "SERVER");
        assertEquals("POST /api/v1/members", write.name(), text);
        assertEquals(edge.spanId(), proxied.parentSpanId(), text);
        assertEquals(proxied.spanId(), write.parentSpanId(), "member-service continues the gateway's call: " + text);
        assertTrue(hasDatabaseCalls(trace, write), "member-service's database calls are spans of the write: " + text);
        for (String replica : replicas) {
            TraceCollector.Span applied = one(trace, replica, "CONSUMER");
            assertEquals("members apply", applied.name(), text);
            assertTrue(hasDatabaseCalls(trace, applied), replica + "'s database calls are spans of its apply: " + text);
            assertTrue(
                    trace.stream()
                            .anyMatch(span -> span.service().equals("member-service")
                                    && span.spanId().equals(applied.parentSpanId())),
                    replica + " applies the event under member-service's write: " + text);
        }

        Awaitility.await("the gateway's access line, by the trace id")
                .atMost(Duration.ofSeconds(10))
                .until(() -> LocalStack.run("logs", traceId)
                        .lines()
                        .anyMatch(line -> line.startsWith("gateway | ") && line.contains("POST /api/v1/members")));
    }

    private static boolean hasDatabaseCalls(List<TraceCollector.Span> trace, TraceCollector.Span parent) {
        return trace.stream()
                .anyMatch(span -> span.kind().equals("CLIENT")
                        && span.service().equals(parent.service())
                        && span.parentSpanId().equals(parent.spanId()));
    }

    /**
     * An event no consumer of the members topic can apply (a {@code MemberAdmitted} without its data) is dead-lettered;
     * {@code run.sh dlq} lists it with its consumer and error, and {@code run.sh dlq replay} sends it back to its topic
     * as it was, without the dead-letter headers.
     */
    @Test
    void aDeadLetteredEventIsListedAndReplayedToItsTopicAsItWas() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        RecordHeaders headers = new RecordHeaders();
        Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        eventId,
                        "ce_source",
                        "/operations-it",
                        "ce_type",
                        "MemberAdmitted",
                        "ce_subject",
                        subject,
                        "ce_time",
                        Instant.now().toString())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("party.members.v1", null, subject, "{}", headers))
                    .get();
        }

        AtomicReference<String> listed = new AtomicReference<>();
        Awaitility.await("the event dead-lettered")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    LocalStack.run("dlq")
                            .lines()
                            .filter(line -> line.contains(eventId))
                            .findFirst()
                            .ifPresent(listed::set);
                    return listed.get() != null;
                });
        assertTrue(listed.get().startsWith("party.members.v1.dlq-"), listed.get());
        assertTrue(listed.get().contains("from party.members.v1-"), listed.get());
        String id = listed.get().substring(0, listed.get().indexOf(" | "));

        String replayed = LocalStack.run("dlq", "replay", id);
        Matcher to = Pattern.compile("Replayed " + Pattern.quote(id) + " to party\\.members\\.v1-(\\d+)@(\\d+)")
                .matcher(replayed);
        assertTrue(to.find(), replayed);
        TopicPartition partition = new TopicPartition("party.members.v1", Integer.parseInt(to.group(1)));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, Long.parseLong(to.group(2)));
            ConsumerRecord<String, String> record =
                    consumer.poll(Duration.ofSeconds(10)).iterator().next();
            assertEquals(subject, record.key());
            assertEquals("{}", record.value());
            assertEquals(
                    eventId, new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
            assertEquals(
                    id,
                    new String(
                            record.headers()
                                    .lastHeader("partybloc_replayed_from")
                                    .value(),
                            StandardCharsets.UTF_8));
            for (Header header : record.headers()) {
                assertFalse(header.key().startsWith("dlq_"), "a dead-letter header went back: " + header.key());
            }
        }
    }

    /**
     * Each service exports its spans in its own batches, so they reach the collector in any order; a span's children
     * end before it and are exported no later.
     */
    private static boolean hasSpan(List<TraceCollector.Span> trace, String service, String kind) {
        return trace.stream()
                .anyMatch(span -> span.service().equals(service) && span.kind().equals(kind));
    }

    private static TraceCollector.Span one(List<TraceCollector.Span> trace, String service, String kind) {
        List<TraceCollector.Span> found = trace.stream()
                .filter(span -> span.service().equals(service) && span.kind().equals(kind))
                .toList();
        assertEquals(1, found.size(), service + " " + kind + " spans in\n" + TraceCollector.render(trace));
        return found.get(0);
    }

    private static String kafka() {
        return "localhost:" + LocalStack.port("KAFKA_PORT");
    }

    private static int managementPort(String part) {
        return LocalStack.port(part.toUpperCase(Locale.ROOT).replace('-', '_') + "_MANAGEMENT_PORT");
    }
}
