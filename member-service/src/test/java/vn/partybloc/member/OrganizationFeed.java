package vn.partybloc.member;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.Tokens;

/**
 * Publishes organization events exactly as organization-service does (CloudEvents headers, the data of
 * docs/events/organization) to the real broker, and waits until member-service's replica has them.
 */
final class OrganizationFeed {

    static final String ADMIN = Tokens.as("admin");
    private static KafkaProducer<String, String> producer;
    private static UUID bloc;

    private OrganizationFeed() {}

    record Org(UUID id, List<UUID> path, String type) {}

    static synchronized Org bloc() {
        if (bloc == null) {
            bloc = UUID.randomUUID();
            publish("OrganizationFounded", bloc, "BLOC", "BLOC_COMMITTEE", null, List.of(bloc), "ACTIVE", 0);
        }
        return new Org(bloc, List.of(bloc), "BLOC_COMMITTEE");
    }

    static Org child(Org parent, String type) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        publish(
                "OrganizationFounded",
                id,
                type.substring(0, 2) + id.toString().substring(0, 6),
                type,
                parent.id(),
                path,
                "ACTIVE",
                0);
        return new Org(id, path, type);
    }

    /** Sends one organization event; returns once the replica reflects it (visible through the committees endpoint). */
    static void publish(
            String type,
            UUID id,
            String code,
            String orgType,
            UUID parent,
            List<UUID> path,
            String status,
            long version) {
        send(type, id, """
                {"organizationId":"%s","code":"%s","name":"Tổ chức %s","type":"%s",%s"path":[%s],"status":"%s",
                 "foundedOn":"2020-01-01","meetsOnline":false,"version":%d}""".formatted(
                        id,
                        code,
                        code,
                        orgType,
                        parent == null ? "" : "\"parentId\":\"" + parent + "\",",
                        String.join(",", path.stream().map(p -> "\"" + p + "\"").toList()),
                        status,
                        version));
        awaitReplica(id, status, version);
    }

    static void send(String type, UUID subject, String data) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>("party.organizations.v1", subject.toString(), data);
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(UUID.randomUUID().toString()));
        record.headers().add("ce_source", bytes("/organization-service"));
        record.headers().add("ce_type", bytes(type));
        record.headers().add("ce_subject", bytes(subject.toString()));
        record.headers().add("ce_time", bytes(Instant.now().toString()));
        record.headers().add("content-type", bytes("application/json"));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitReplica(UUID id, String status, long version) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> ReplicaProbe.status(id).equals(status + "@" + version));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaResource.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class));
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
