package vn.partybloc.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Publishes events to the test broker exactly as the producers' outbox relays do (CloudEvents binary mode: ce_*
 * headers, the data JSON as the value, the subject as the key), and tells when a service's inbox has consumed them.
 */
public final class EventFeed {

    private static KafkaProducer<String, String> producer;

    private EventFeed() {}

    /** Sends one event with a new id, waits until the broker has it, and returns its {@code ce_id}. */
    public static String send(String topic, String type, UUID subject, String data) {
        return send(topic, type, subject, data, UUID.randomUUID().toString());
    }

    /** Sends one event with the given {@code ce_id}: the same id again is a redelivery. */
    public static String send(String topic, String type, UUID subject, String data, String eventId) {
        try {
            producer().send(record(topic, type, subject, data, eventId)).get();
        } catch (Exception e) {
            throw new IllegalStateException("The test broker did not take " + type, e);
        }
        return eventId;
    }

    /** Sends without waiting for the broker: for batches, followed by {@link #flush()}. */
    public static String sendAsync(String topic, String type, UUID subject, String data) {
        String eventId = UUID.randomUUID().toString();
        producer().send(record(topic, type, subject, data, eventId));
        return eventId;
    }

    public static void flush() {
        producer().flush();
    }

    /**
     * Sends the events in one Kafka transaction and answers their ids once it is committed: a consumer that reads
     * committed records only, as the services' do, sees none of them before and all of them after. For measuring a
     * consumer apart from its producer.
     */
    public static List<String> sendInOneTransaction(String topic, String type, Map<UUID, String> dataBySubject) {
        Map<String, Object> config = new HashMap<>(producerConfig());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "event-feed-" + UUID.randomUUID());
        try (KafkaProducer<String, String> transactional = new KafkaProducer<>(config)) {
            transactional.initTransactions();
            transactional.beginTransaction();
            List<String> ids = new ArrayList<>();
            dataBySubject.forEach((subject, data) -> {
                String eventId = UUID.randomUUID().toString();
                transactional.send(record(topic, type, subject, data, eventId));
                ids.add(eventId);
            });
            transactional.commitTransaction();
            return ids;
        }
    }

    /** Waits until the service's inbox has recorded every one of these event ids, applied or ignored. */
    public static void awaitConsumed(List<String> eventIds) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> consumed(eventIds) == eventIds.size());
    }

    private static long consumed(List<String> eventIds) throws SQLException {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s =
                        c.prepareStatement("select count(distinct event_id) from inbox where event_id = any (?)")) {
            s.setArray(1, c.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static ProducerRecord<String, String> record(
            String topic, String type, UUID subject, String data, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject.toString(), data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_source", source(topic));
        header(record, "ce_type", type);
        header(record, "ce_subject", subject.toString());
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private static String source(String topic) {
        return topic.contains("organizations") ? "/organization-service" : "/member-service";
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig());
        }
        return producer;
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                5);
    }
}
