package vn.partybloc.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.events.CloudEvents;
import vn.partybloc.testing.KafkaTestConsumer;
import vn.partybloc.testing.PostgresResource;

/**
 * The replicas consume the producers' own documented examples (docs/events/member, docs/events/organization) from the
 * real broker, so a change of those formats breaks this build. Older versions arriving late change nothing.
 */
@QuarkusTest
class ReplicaTest {

    private static final Path MEMBER_EVENTS = Path.of("../docs/events/member");

    @Test
    void theDocumentedMemberEventsFeedTheReplicasAndOlderVersionsChangeNothing() throws Exception {
        UUID member = UUID.fromString("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
        UUID position = UUID.fromString("c23c5845-7535-4c8d-a765-3b883a170227");
        UUID committee = UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");

        send("party.members.v1", "MemberAdmitted", member);
        send("party.members.v1", "MemberMoved", member);
        send("party.committees.v1", "CommitteeFormed", committee);
        send("party.positions.v1", "CommitteePositionStarted", position);
        send("party.positions.v1", "CommitteePositionEnded", position);
        await(
                "select version || ' ' || organization_id || ' ' || status from members where id = ?",
                member,
                "2 9c8d7e6f-5a4b-4c3d-2e1f-0a9b8c7d6e5f ACTIVE");
        // the documented end is version 2: a responsibility was assigned before it (ResponsibilityAssigned, version 1)
        await("select version || ' ' || ends_on from positions where id = ?", position, "2 2026-12-31");
        await(
                "select kind || ' ' || term_start_year from committees where id = ?",
                committee,
                "EXECUTIVE_COMMITTEE 2025");

        // The admission (version 0) and the start (version 0) again, late: applied through the inbox, and ignored.
        String lateMember = send("party.members.v1", "MemberAdmitted", member);
        String latePosition = send("party.positions.v1", "CommitteePositionStarted", position);
        await(
                "select count(*) from inbox where consumer = 'members' and event_id = ? or event_id = '" + latePosition
                        + "'",
                lateMember,
                "2");
        assertEquals(
                "2 9c8d7e6f-5a4b-4c3d-2e1f-0a9b8c7d6e5f",
                query("select version || ' ' || organization_id from members where id = ?", member));
        assertEquals("2 2026-12-31", query("select version || ' ' || ends_on from positions where id = ?", position));
    }

    @Test
    void theDocumentedOrganizationEventFeedsTheOrganizationReplica() throws Exception {
        UUID org = UUID.fromString("2664a160-326c-476d-9570-9035007cb003");
        String json = Files.readString(Path.of("../docs/events/organization/OrganizationFounded.json"));
        Feed.send("party.organizations.v1", "OrganizationFounded", org, json);
        Feed.awaitRows("organizations", List.of(org));
        assertEquals(
                "GRASSROOTS_COMMITTEE Trường Đại học Đồng Tháp /3030156c-466d-471e-9106-693155bcfe83/2664a160-326c-476d-9570-9035007cb003/",
                query("select type || ' ' || host_unit_name || ' ' || path from organizations where id = ?", org));
    }

    @Test
    void aMalformedMemberEventGoesToTheDeadLetterTopicWithTheError() {
        UUID subject = UUID.randomUUID();
        String eventId =
                Feed.sendWithId("party.members.v1", "MemberAdmitted", subject, """
                {"memberId":"not-a-uuid","fullName":"X","organizationId":"%s","membershipKind":"FULL","status":"ACTIVE","version":0}""".formatted(UUID.randomUUID()));
        try (KafkaTestConsumer dlq = new KafkaTestConsumer("party.members.v1.dlq")) {
            List<ConsumerRecord<String, String>> dead = dlq.await(
                    r -> eventId.equals(KafkaTestConsumer.header(r, CloudEvents.ID)),
                    found -> !found.isEmpty(),
                    Duration.ofSeconds(30));
            assertEquals("malformed memberId", KafkaTestConsumer.header(dead.get(0), CloudEvents.DLQ_ERROR));
        }
    }

    private static String send(String topic, String type, UUID subject) throws Exception {
        return Feed.sendWithId(topic, type, subject, Files.readString(MEMBER_EVENTS.resolve(type + ".json")));
    }

    private static void await(String sql, Object parameter, String expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> expected.equals(query(sql, parameter)));
    }

    private static String query(String sql, Object parameter) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
