package vn.partybloc.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.KafkaResource;

/**
 * Measures the relay's publish latency: from the commit of the transaction that wrote the event to the broker's
 * append time of the record (topic with {@code LogAppendTime}, same clock). Prints median and p99; asserts nothing
 * about speed. Run: {@code ./mvnw -pl platform -am verify -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=OutboxLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class OutboxLatencyBenchmark {

    private static final Logger LOG = Logger.getLogger(OutboxLatencyBenchmark.class);
    private static final String TOPIC = "bench.latency.v1";
    private static final int WARMUP = 200;
    private static final int MEASURED = 2000;

    @Inject
    Outbox outbox;

    @Test
    void commitToBrokerLatency() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1)
                            .configs(Map.of("message.timestamp.type", "LogAppendTime"))))
                    .all()
                    .get();
        }
        Map<String, Long> appended = new ConcurrentHashMap<>();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        consumer.subscribe(List.of(TOPIC));
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(100))
                        .forEach(r -> appended.put(
                                new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8),
                                r.timestamp()));
            }
        });
        reader.start();

        Map<String, Long> committed = new ConcurrentHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            int n = i;
            UUID id = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(new Outbox.Event(
                            TOPIC, "Bench", UUID.randomUUID(), "BenchmarkEvent", Map.of("n", n), Set.of())));
            committed.put(id.toString(), System.currentTimeMillis());
            order.add(id.toString());
        }
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .until(() -> appended.keySet().containsAll(order));
        reader.interrupt();
        reader.join();
        consumer.close();

        List<Long> viaOutbox = new ArrayList<>();
        for (String id : order.subList(WARMUP, order.size())) {
            viaOutbox.add(Math.max(0, appended.get(id) - committed.get(id)));
        }
        List<Long> direct = directSendLatencies();
        LOG.infof(
                "BENCHMARK commit→broker via outbox relay, %d sequential writes: %s",
                viaOutbox.size(), summary(viaOutbox));
        LOG.infof("BENCHMARK baseline: direct producer send→broker, same broker, same run: %s", summary(direct));
    }

    /** The same records sent straight from a producer with the relay's settings: what the outbox costs on top. */
    private List<Long> directSendLatencies() throws Exception {
        List<Long> latencies = new ArrayList<>();
        try (var producer = new EventProducerFactory(KafkaResource.bootstrapServers(), "bench").create()) {
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long sent = System.currentTimeMillis();
                var ack = producer.send(new ProducerRecord<>(
                                TOPIC, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8)))
                        .get();
                if (i >= WARMUP) {
                    latencies.add(Math.max(0, ack.timestamp() - sent));
                }
            }
        }
        return latencies;
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "median %d ms, p99 %d ms, max %d ms"
                .formatted(
                        sorted.get(sorted.size() / 2),
                        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                        sorted.get(sorted.size() - 1));
    }
}
