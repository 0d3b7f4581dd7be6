package vn.partybloc.launcher;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code run.sh dlq}: the records the services' consumers sent to a dead-letter topic ({@code <topic>.dlq}), and
 * {@code run.sh dlq replay <id>}: one of them sent back to its original topic, once its cause is fixed. The record goes
 * back as it was (key, value, CloudEvents headers) without the {@code dlq_} headers: the consumer that dead-lettered it
 * applies it, the others skip it as an event their inbox already holds.
 */
final class DeadLetters {

    static final String SUFFIX = ".dlq";
    private static final String DLQ_HEADERS = "dlq_";
    /** Names the dead letter a replayed record came from, for whoever reads the topic later. */
    static final String REPLAYED_FROM = "partybloc_replayed_from";

    /** A dead-lettered record; its id, {@code <dlq topic>-<partition>@<offset>}, names it to {@code replay}. */
    record Letter(String topic, int partition, long offset, byte[] key, byte[] value, Header[] headers) {

        String id() {
            return topic + "-" + partition + "@" + offset;
        }

        String header(String name) {
            for (int i = headers.length - 1; i >= 0; i--) {
                if (headers[i].key().equals(name)) {
                    return new String(headers[i].value(), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        String describe() {
            return String.join(
                    " | ",
                    id(),
                    "consumer " + header("dlq_consumer"),
                    "from " + header("dlq_original_topic") + "-" + header("dlq_original_partition") + "@"
                            + header("dlq_original_offset"),
                    header("ce_type") + " " + header("ce_id"),
                    header("dlq_error_class") + ": " + header("dlq_error"));
        }
    }

    private DeadLetters() {}

    /** Every record of every dead-letter topic, oldest first in each. */
    static List<Letter> read(String bootstrapServers, Duration limit) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> topics = admin.listTopics().names().get(limit.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(name -> name.endsWith(SUFFIX))
                    .sorted()
                    .toList();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((name, topic) ->
                            topic.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        }
        List<Letter> letters = new ArrayList<>();
        if (partitions.isEmpty()) {
            return letters;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers))) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(limit);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException(
                            "the dead-letter topics were not read within " + limit.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(new Letter(
                            r.topic(),
                            r.partition(),
                            r.offset(),
                            r.key(),
                            r.value(),
                            r.headers().toArray()));
                }
            }
        }
        return letters;
    }

    /** Sends the letter back to its original topic; answers where it went ({@code <topic>-<partition>@<offset>}). */
    static String replay(String bootstrapServers, Letter letter) throws InterruptedException, ExecutionException {
        String original = letter.header("dlq_original_topic");
        if (original == null) {
            throw new IllegalArgumentException(letter.id() + " names no original topic (dlq_original_topic)");
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(DLQ_HEADERS)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, letter.id().getBytes(StandardCharsets.UTF_8));
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            var sent = producer.send(new ProducerRecord<>(original, null, letter.key(), letter.value(), headers))
                    .get();
            return sent.topic() + "-" + sent.partition() + "@" + sent.offset();
        }
    }

    private static Properties consumerProperties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return properties;
    }
}
