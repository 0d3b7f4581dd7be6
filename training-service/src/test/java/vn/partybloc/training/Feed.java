package vn.partybloc.training;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

/**
 * Publishes organization-, member- and position events to the real broker exactly as organization-service and
 * member-service do (CloudEvents binary mode: ce_* headers, the data JSON of docs/events/* as the value), and waits
 * until training-service's replicas have them.
 */
final class Feed {

    static final String ADMIN = Tokens.as("admin");
    static final String ORGANIZATIONS = "party.organizations.v1";
    static final String MEMBERS = "party.members.v1";
    static final String POSITIONS = "party.positions.v1";

    private static KafkaProducer<String, String> producer;
    private static UUID bloc;

    private Feed() {}

    record Org(UUID id, List<UUID> path) {}

    static synchronized Org bloc() {
        if (bloc == null) {
            bloc = UUID.randomUUID();
            organization("OrganizationFounded", bloc, "BLOC_COMMITTEE", null, List.of(bloc), "ACTIVE", 0);
        }
        return new Org(bloc, List.of(bloc));
    }

    static Org child(Org parent, String type) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        organization("OrganizationFounded", id, type, parent.id(), path, "ACTIVE", 0);
        return new Org(id, path);
    }

    static void organization(
            String type, UUID id, String orgType, UUID parent, List<UUID> path, String status, long version) {
        String code = orgType.substring(0, 2) + id.toString().substring(0, 6);
        send(ORGANIZATIONS, type, id, """
                {"organizationId":"%s","code":"%s","name":"Tổ chức %s","type":"%s",%s"path":[%s],"status":"%s",
                 "foundedOn":"2020-01-01","meetsOnline":false,"version":%d,
                 "change":{"changeId":"%s","kind":"FOUND","decisionNumber":"1-QĐ/ĐUK","decisionDate":"2020-01-01","effectiveDate":"2020-01-01"}}""".formatted(
                        id,
                        code,
                        code,
                        orgType,
                        parent == null ? "" : "\"parentId\":\"" + parent + "\",",
                        String.join(",", path.stream().map(p -> "\"" + p + "\"").toList()),
                        status,
                        version,
                        UUID.randomUUID()));
        awaitRow("select status || '@' || version from organizations where id = ?", id, status + "@" + version);
    }

    /** A member as member-service's MemberData; returns the member id once the replica has it. */
    static UUID member(String fullName, UUID cell) {
        UUID id = UUID.randomUUID();
        member("MemberAdmitted", id, fullName, cell, "FULL", "ACTIVE", 0);
        return id;
    }

    static void member(String type, UUID id, String fullName, UUID cell, String kind, String status, long version) {
        send(MEMBERS, type, id, """
                {"memberId":"%s","fullName":"%s","gender":"MALE","dateOfBirth":"1985-04-12","organizationId":"%s",
                 "membershipKind":"%s","status":"%s","admittedOn":"2010-05-19","fullMemberSince":%s,"degree":"MASTER",
                 "version":%d,"change":{"kind":"ADMITTED","occurredOn":"2010-05-19","decisionNumber":"15-QĐ/ĐU",
                 "fromOrganizationId":null,"toOrganizationId":"%s"}}""".formatted(
                id, fullName, cell, kind, status, "FULL".equals(kind) ? "\"2011-05-19\"" : "null", version, cell));
        awaitRow("select status || '@' || version from members where id = ?", id, status + "@" + version);
    }

    record Position(
            UUID positionId,
            UUID memberId,
            UUID committeeId,
            UUID organizationId,
            String committeeKind,
            String position,
            String startsOn) {}

    static Position position(UUID member, UUID organization, String committeeKind, String position, String startsOn) {
        return new Position(
                UUID.randomUUID(), member, UUID.randomUUID(), organization, committeeKind, position, startsOn);
    }

    /** CommitteePositionStarted as member-service publishes it; does not wait. */
    static void started(Position p, boolean newToCommittee) {
        send(POSITIONS, "CommitteePositionStarted", p.positionId(), positionData(p, null, null, newToCommittee, 0));
    }

    /** CommitteePositionEnded as member-service publishes it (newToCommittee false); does not wait. */
    static void ended(Position p, String endsOn, String reason) {
        send(POSITIONS, "CommitteePositionEnded", p.positionId(), positionData(p, endsOn, reason, false, 1));
    }

    static String positionData(Position p, String endsOn, String reason, boolean newToCommittee, long version) {
        return """
                {"positionId":"%s","memberId":"%s","committeeId":"%s","organizationId":"%s","committeeKind":"%s",
                 "position":"%s","appointment":"ELECTED","decisionNumber":"20-QĐ/ĐUK","startsOn":"%s","endsOn":%s,
                 "endReason":%s,"newToCommittee":%s,"version":%d}""".formatted(
                        p.positionId(),
                        p.memberId(),
                        p.committeeId(),
                        p.organizationId(),
                        p.committeeKind(),
                        p.position(),
                        p.startsOn(),
                        endsOn == null ? "null" : "\"" + endsOn + "\"",
                        reason == null ? "null" : "\"" + reason + "\"",
                        newToCommittee,
                        version);
    }

    static void awaitPosition(UUID positionId, long version) {
        awaitRow("select cast(version as text) from positions where id = ?", positionId, Long.toString(version));
    }

    static void send(String topic, String type, UUID subject, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject.toString(), data);
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(UUID.randomUUID().toString()));
        record.headers()
                .add("ce_source", bytes(topic.equals(ORGANIZATIONS) ? "/organization-service" : "/member-service"));
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

    /** Waits until the query, given the id, answers {@code expected}. */
    static void awaitRow(String sql, UUID id, String expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> expected.equals(query(sql, id)));
    }

    static String query(String sql, UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
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
                    StringSerializer.class));
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
