package vn.partybloc.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.events.CloudEvents;
import vn.partybloc.platform.testapp.Notes;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.KafkaTestConsumer;
import vn.partybloc.testing.PostgresResource;

@QuarkusTest
class InboxTest {

    @Inject
    MeterRegistry meters;

    @Test
    void duplicatesAreAppliedOnceTransientFailuresRetriedAndPoisonDeadLettered() {
        double appliedBefore = counter("inbox.applied");
        double deadLetteredBefore = counter("inbox.dead.lettered");
        String duplicate = UUID.randomUUID().toString();
        String flaky = UUID.randomUUID().toString();
        String hopeless = UUID.randomUUID().toString();
        String unknownType = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(event(duplicate, "Thing", "{}"));
            producer.send(event(duplicate, "Thing", "{}"));
            producer.send(event(flaky, "Thing", "{\"failTimes\": 2}"));
            producer.send(event(hopeless, "Thing", "{\"failTimes\": 99}"));
            producer.send(event(unknownType, "Unknown", "{}"));
            producer.send(new ProducerRecord<>(RecordingEventHandler.TOPIC, "k", "no CloudEvents headers"));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> RecordingEventHandler.APPLIED.contains(flaky));
        assertEquals(1, Collections.frequency(RecordingEventHandler.APPLIED, duplicate));
        assertEquals(
                1,
                Notes.count("select count(*) from inbox where consumer = 'recording' and event_id = ?", duplicate),
                "the inbox remembers the event once");
        assertEquals(1, Collections.frequency(RecordingEventHandler.APPLIED, flaky));
        assertEquals(3, RecordingEventHandler.ATTEMPTS.get(flaky).get(), "two failures, then success");

        try (KafkaTestConsumer dlq = new KafkaTestConsumer(RecordingEventHandler.TOPIC + ".dlq")) {
            List<ConsumerRecord<String, String>> dead =
                    dlq.await(r -> true, list -> list.size() >= 3, Duration.ofSeconds(30));
            Map<String, ConsumerRecord<String, String>> byId = new HashMap<>();
            dead.forEach(r -> byId.put(String.valueOf(KafkaTestConsumer.header(r, CloudEvents.ID)), r));
            ConsumerRecord<String, String> exhausted = byId.get(hopeless);
            assertEquals(
                    "java.lang.IllegalStateException",
                    KafkaTestConsumer.header(exhausted, CloudEvents.DLQ_ERROR_CLASS));
            assertEquals(
                    RecordingEventHandler.TOPIC, KafkaTestConsumer.header(exhausted, CloudEvents.DLQ_ORIGINAL_TOPIC));
            assertEquals("recording", KafkaTestConsumer.header(exhausted, CloudEvents.DLQ_CONSUMER));
            // Up to one try within a batch of the poll (rolled back with it), then the maximum one at a time.
            assertTrue(
                    List.of(3, 4)
                            .contains(
                                    RecordingEventHandler.ATTEMPTS.get(hopeless).get()),
                    "max attempts, then dead-lettered: " + RecordingEventHandler.ATTEMPTS.get(hopeless));
            assertEquals("unknown event type", KafkaTestConsumer.header(byId.get(unknownType), CloudEvents.DLQ_ERROR));
            assertTrue(
                    RecordingEventHandler.ATTEMPTS.get(unknownType).get() <= 2,
                    "poison is not retried, beyond the try within a batch");
            assertEquals("no CloudEvents headers", byId.get("null").value());
        }
        assertEquals(0, Collections.frequency(RecordingEventHandler.APPLIED, hopeless));
        assertEquals(2, counter("inbox.applied") - appliedBefore, "the duplicate and the flaky event, once each");
        assertEquals(3, counter("inbox.dead.lettered") - deadLetteredBefore);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            var lags = meters.find("inbox.consumer.lag")
                    .tags("consumer", "recording", "topic", RecordingEventHandler.TOPIC)
                    .gauges();
            assertFalse(lags.isEmpty(), "the lag of each partition the consumer holds is a gauge");
            lags.forEach(lag -> assertEquals(0, lag.value(), "caught up: " + lag.getId()));
        });
    }

    private double counter(String name) {
        return meters.get(name).tag("consumer", "recording").counter().count();
    }

    /** Events of a Kafka transaction that was aborted are never applied; the ones committed after them are. */
    @Test
    void theEventsOfAnAbortedTransactionAreNotApplied() {
        String aborted = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        Map<String, Object> transactional = new HashMap<>(producerConfig());
        transactional.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "inbox-test-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(event(aborted, "Thing", "{}"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(event(committed, "Thing", "{}"));
            producer.commitTransaction();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> RecordingEventHandler.APPLIED.contains(committed));
        assertFalse(RecordingEventHandler.APPLIED.contains(aborted));
        assertEquals(0, Notes.count("select count(*) from inbox where event_id = ?", aborted));
    }

    /** The same event twice in one poll (a redelivery next to the first copy) is applied once, in a batch too. */
    @Test
    void anEventTwiceInOnePollIsAppliedOnce() {
        String twice = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(event(twice, "Thing", "{}"));
            producer.send(event(twice, "Thing", "{}"));
            producer.send(event(next, "Thing", "{}"));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> RecordingEventHandler.APPLIED.contains(next));
        assertEquals(1, Collections.frequency(RecordingEventHandler.APPLIED, twice));
        assertEquals(1, Notes.count("select count(*) from inbox where consumer = 'recording' and event_id = ?", twice));
    }

    /**
     * A poll's events are applied in one transaction; one that can never be applied, in the middle, rolls that back,
     * and the events are then applied one at a time: the ones before and after it once each, the poison dead-lettered.
     */
    @Test
    void aPoisonEventInTheMiddleOfABatchLeavesTheOthersAppliedOnce() throws Exception {
        List<String> before =
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String poison = UUID.randomUUID().toString();
        List<String> after =
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        try (KafkaProducer<String, String> producer = producer()) {
            before.forEach(id -> producer.send(event(id, "Thing", "{}")));
            producer.send(event(poison, "Unknown", "{}"));
            after.forEach(id -> producer.send(event(id, "Thing", "{}")));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> RecordingEventHandler.APPLIED.containsAll(after)
                        && RecordingEventHandler.APPLIED.containsAll(before));
        for (String id : before) {
            assertEquals(1, Collections.frequency(RecordingEventHandler.APPLIED, id));
        }
        for (String id : after) {
            assertEquals(1, Collections.frequency(RecordingEventHandler.APPLIED, id));
        }
        assertFalse(RecordingEventHandler.APPLIED.contains(poison));
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(RecordingEventHandler.TOPIC + ".dlq")) {
            dlq.await(
                    r -> poison.equals(KafkaTestConsumer.header(r, CloudEvents.ID)),
                    list -> !list.isEmpty(),
                    Duration.ofSeconds(30));
        }
    }

    /**
     * An event that arrives while the database is down is not the event's fault: it waits for the database however
     * many attempts that takes, instead of going to the dead-letter topic after the handler's few. The outage also
     * outlasts the worker's poll interval (8 s in tests), so the broker takes its partitions away meanwhile: the worker
     * rejoins and goes on with the events that come after.
     */
    @Test
    void anEventThatArrivesWhileTheDatabaseIsDownIsAppliedOnceItIsBackNotDeadLettered() throws Exception {
        String waiting = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            PostgresResource.stopServer();
            try {
                producer.send(event(waiting, "Thing", "{}")).get();
                Thread.sleep(15_000); // the outage itself: longer than 3 attempts and than the poll interval
            } finally {
                PostgresResource.startServer();
            }
            producer.send(event(after, "Thing", "{}")).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> RecordingEventHandler.APPLIED.contains(after));
        assertEquals(1, Collections.frequency(RecordingEventHandler.APPLIED, waiting));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(producerConfig());
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static ProducerRecord<String, String> event(String id, String type, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(RecordingEventHandler.TOPIC, "subject-1", data);
        record.headers().add(CloudEvents.ID, id.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEvents.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEvents.SPECVERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEvents.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
