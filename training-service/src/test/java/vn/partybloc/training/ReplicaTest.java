package vn.partybloc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.events.CloudEvents;
import vn.partybloc.platform.inbox.PoisonEventException;
import vn.partybloc.testing.KafkaTestConsumer;

@QuarkusTest
class ReplicaTest {

    @Test
    void theMemberReplicaKeepsTheNewestVersionUnderDuplicatesAndLateEvents() throws Exception {
        Feed.Org from = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Org to = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Phan Văn Chuyển", from.id());
        Feed.member("MemberMoved", member, "Phan Văn Chuyển", to.id(), "FULL", "ACTIVE", 2);
        // A late event of version 1 and a duplicate of version 2 change nothing.
        Feed.send(Feed.MEMBERS, "MemberRecognisedFull", member, """
                {"memberId":"%s","fullName":"Cũ","organizationId":"%s","membershipKind":"FULL","status":"ACTIVE","version":1}""".formatted(member, from.id()));
        Feed.member("MemberMoved", member, "Phan Văn Chuyển", to.id(), "FULL", "ACTIVE", 2);
        Feed.member("MemberStruckOff", member, "Phan Văn Chuyển", to.id(), "FULL", "STRUCK_OFF", 3);
        assertEquals(
                to.id().toString(),
                Feed.query("select cast(organization_id as text) from members where id = ?", member));
        assertEquals("Phan Văn Chuyển", Feed.query("select full_name from members where id = ?", member));
    }

    @Test
    void theOrganizationReplicaFollowsMovesAndIgnoresOlderVersions() throws Exception {
        Feed.Org committee = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        List<UUID> moved = List.of(Feed.bloc().id(), committee.id(), cell.id());
        Feed.organization("OrganizationMoved", cell.id(), "SUBORDINATE_CELL", committee.id(), moved, "ACTIVE", 2);
        Feed.organization(
                "OrganizationUpdated", cell.id(), "GRASSROOTS_CELL", Feed.bloc().id(), cell.path(), "ACTIVE", 2);
        String expected =
                "/" + String.join("/", moved.stream().map(UUID::toString).toList()) + "/";
        assertEquals(expected, Feed.query("select path from organizations where id = ?", cell.id()));
    }

    @Test
    void anEventThatCanNeverBeAppliedGoesToTheDeadLetterTopicAndTheNextOneIsApplied() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Giang Văn Tiếp", cell.id());
        Feed.Position next = Feed.position(member, cell.id(), "CELL_COMMITTEE", "MEMBER", "2024-02-01");
        String poison = "{\"positionId\":\"not-a-uuid\"}";
        // Same key, so the same partition: the poison message comes first and must not block the next one.
        Feed.send(Feed.POSITIONS, "CommitteePositionStarted", next.positionId(), poison);
        Feed.started(next, true);
        ObligationTest.awaitObligation(next.positionId(), "OPEN");
        Feed.awaitPosition(next.positionId(), 0);

        List<ConsumerRecord<String, String>> dead = deadLetters(Feed.POSITIONS, next.positionId());
        assertEquals(1, dead.size(), "the poison record, once");
        ConsumerRecord<String, String> record = dead.get(0);
        assertEquals(poison, record.value());
        assertEquals("CommitteePositionStarted", KafkaTestConsumer.header(record, CloudEvents.TYPE));
        assertEquals("malformed positionId", KafkaTestConsumer.header(record, CloudEvents.DLQ_ERROR));
        assertEquals(
                PoisonEventException.class.getName(), KafkaTestConsumer.header(record, CloudEvents.DLQ_ERROR_CLASS));
        assertEquals(Feed.POSITIONS, KafkaTestConsumer.header(record, CloudEvents.DLQ_ORIGINAL_TOPIC));
        assertEquals("positions", KafkaTestConsumer.header(record, CloudEvents.DLQ_CONSUMER));
    }

    /** The records of {@code topic}'s dead-letter topic keyed by {@code key}, once at least one is there. */
    private static List<ConsumerRecord<String, String>> deadLetters(String topic, UUID key) {
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(topic + ".dlq")) {
            Predicate<ConsumerRecord<String, String>> keyed =
                    r -> key.toString().equals(r.key());
            dlq.await(keyed, found -> !found.isEmpty(), Duration.ofSeconds(30));
            // A duplicate would follow the first on the same partition: read once more before counting.
            return dlq.await(keyed, found -> true, Duration.ofSeconds(5));
        }
    }
}
