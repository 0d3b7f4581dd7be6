package vn.partybloc.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic of the test broker from the beginning until the records a test waits for are there. */
public final class KafkaTestConsumer implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public KafkaTestConsumer(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds for the records matching {@code filter}; returns those records in order. */
    public List<ConsumerRecord<String, String>> await(
            Predicate<ConsumerRecord<String, String>> filter,
            Predicate<List<ConsumerRecord<String, String>>> done,
            Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return done.test(seen.stream().filter(filter).toList());
        });
        return seen.stream().filter(filter).toList();
    }

    /**
     * Keeps reading until no record has arrived for {@code quiet}, so that a late duplicate is seen before a test
     * counts; returns the records matching {@code filter} in order.
     */
    public List<ConsumerRecord<String, String>> settle(
            Predicate<ConsumerRecord<String, String>> filter, Duration quiet) {
        long lastArrival = System.nanoTime();
        while (System.nanoTime() - lastArrival < quiet.toNanos()) {
            int before = seen.size();
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            if (seen.size() > before) {
                lastArrival = System.nanoTime();
            }
        }
        return seen.stream().filter(filter).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
