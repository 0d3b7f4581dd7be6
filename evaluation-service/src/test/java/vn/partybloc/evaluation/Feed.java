package vn.partybloc.evaluation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.PostgresResource;

/**
 * Publishes organization and member-service events exactly as their producers do (CloudEvents binary mode, the data
 * shapes of docs/events/organization and docs/events/member) to the real broker, and waits for the replicas.
 */
final class Feed {

    private static KafkaProducer<String, String> producer;
    private static UUID bloc;

    private Feed() {}

    record Org(UUID id, List<UUID> path, String type) {}

    static synchronized Org bloc() {
        if (bloc == null) {
            bloc = UUID.randomUUID();
            awaitRows("organizations", List.of(sendOrganization(bloc, "BLOC_COMMITTEE", null, List.of(bloc), null)));
        }
        return new Org(bloc, List.of(bloc), "BLOC_COMMITTEE");
    }

    static Org child(Org parent, String type) {
        Org org = childWithoutWaiting(parent, type);
        awaitRows("organizations", List.of(org.id()));
        return org;
    }

    /** Sends the founding event; call {@link #awaitRows} for a batch of them. */
    static Org childWithoutWaiting(Org parent, String type) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        String hostUnit =
                type.startsWith("GRASSROOTS") ? "Cơ quan " + id.toString().substring(0, 6) : null;
        sendOrganization(id, type, parent.id(), path, hostUnit);
        return new Org(id, path, type);
    }

    private static UUID sendOrganization(UUID id, String type, UUID parent, List<UUID> path, String hostUnit) {
        String code = type.substring(0, 2) + id.toString().substring(0, 6);
        send("party.organizations.v1", "OrganizationFounded", id, """
                {"organizationId":"%s","code":"%s","name":"Tổ chức %s","type":"%s",%s"path":[%s],"status":"ACTIVE",
                 %s"foundedOn":"2020-01-01","meetsOnline":false,"version":0,
                 "change":{"changeId":"%s","kind":"FOUND","decisionNumber":"1-QĐ/ĐUK","decisionDate":"2020-01-01","effectiveDate":"2020-01-01"}}""".formatted(
                        id,
                        code,
                        code,
                        type,
                        parent == null ? "" : "\"parentId\":\"" + parent + "\",",
                        String.join(",", path.stream().map(p -> "\"" + p + "\"").toList()),
                        hostUnit == null ? "" : "\"hostUnitName\":\"" + hostUnit + "\",\"hostUnitKind\":\"AGENCY\",",
                        UUID.randomUUID()));
        return id;
    }

    static UUID member(UUID cellId, String name) {
        UUID id = memberWithoutWaiting(cellId, name);
        awaitRows("members", List.of(id));
        return id;
    }

    static UUID memberWithoutWaiting(UUID cellId, String name) {
        UUID id = UUID.randomUUID();
        sendMember("MemberAdmitted", id, name, cellId, "ACTIVE", 0);
        return id;
    }

    static void sendMember(String type, UUID id, String name, UUID cellId, String status, long version) {
        send("party.members.v1", type, id, """
                {"memberId":"%s","fullName":"%s","gender":"FEMALE","dateOfBirth":"1985-04-12","organizationId":"%s",
                 "membershipKind":"FULL","status":"%s","admittedOn":"2010-05-19","fullMemberSince":"2011-05-19","degree":"MASTER",
                 "version":%d,"change":{"kind":"ADMITTED","occurredOn":"2010-05-19","decisionNumber":"15-QĐ/ĐU",
                 "fromOrganizationId":null,"toOrganizationId":"%s"}}""".formatted(id, name, cellId, status, version, cellId));
    }

    static UUID committee(UUID organizationId, String kind, int startYear, int endYear) {
        UUID id = UUID.randomUUID();
        send("party.committees.v1", "CommitteeFormed", id, """
                {"committeeId":"%s","organizationId":"%s","kind":"%s","termStartYear":%d,"termEndYear":%d,"version":0}""".formatted(id, organizationId, kind, startYear, endYear));
        return id;
    }

    static UUID position(
            UUID memberId,
            UUID committeeId,
            UUID organizationId,
            String committeeKind,
            String position,
            String startsOn) {
        UUID id = UUID.randomUUID();
        send("party.positions.v1", "CommitteePositionStarted", id, """
                {"positionId":"%s","memberId":"%s","committeeId":"%s","organizationId":"%s","committeeKind":"%s",
                 "position":"%s","appointment":"ELECTED","decisionNumber":"20-QĐ/ĐUK","startsOn":"%s","endsOn":null,
                 "endReason":null,"newToCommittee":true,"version":0}""".formatted(
                        id, memberId, committeeId, organizationId, committeeKind, position, startsOn));
        return id;
    }

    static void send(String topic, String type, UUID subject, String data) {
        sendWithId(topic, type, subject, data);
    }

    /** Sends one event and returns its {@code ce_id}. */
    static String sendWithId(String topic, String type, UUID subject, String data) {
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject.toString(), data);
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(eventId));
        record.headers()
                .add("ce_source", bytes(topic.contains("organizations") ? "/organization-service" : "/member-service"));
        record.headers().add("ce_type", bytes(type));
        record.headers().add("ce_subject", bytes(subject.toString()));
        record.headers().add("ce_time", bytes(Instant.now().toString()));
        record.headers().add("content-type", bytes("application/json"));
        producer().send(record);
        return eventId;
    }

    /** Waits until every id is in the replica table (the producer is flushed first). */
    static void awaitRows(String table, Collection<UUID> ids) {
        producer().flush();
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count(table, ids) == ids.size());
    }

    static long count(String table, Collection<UUID> ids) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String column(String table, String column, UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaResource.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.LINGER_MS_CONFIG,
                    5));
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
