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
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.KafkaTestConsumer;

@QuarkusTest
class ReplicaTest {

    @Test
    void theMemberReplicaKeepsTheNewestVersionUnderDuplicatesAndLateEvents() throws Exception {
        Feed.Org from = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Org to = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Org stale = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Phan Văn Chuyển", from.id());
        String newest = Feed.memberData("MemberMoved", member, "Phan Văn Chuyển", to.id(), "FULL", "ACTIVE", 2);
        String movedId = Feed.send(Feed.MEMBERS, "MemberMoved", member, newest);
        Feed.awaitRow("select status || '@' || version from members where id = ?", member, "ACTIVE@2");

        // After the newest: its redelivery, an event of the same version and one of an older version, the last two
        // with values of their own, so that applying either would show.
        EventFeed.send(Feed.MEMBERS, "MemberMoved", member, newest, movedId);
        String sameVersion = Feed.send(
                Feed.MEMBERS,
                "MemberUpdated",
                member,
                Feed.memberData("MemberUpdated", member, "Tên Trùng", stale.id(), "FULL", "ACTIVE", 2));
        String older = Feed.send(
                Feed.MEMBERS,
                "MemberRecognisedFull",
                member,
                Feed.memberData("MemberRecognisedFull", member, "Tên Cũ", stale.id(), "FULL", "STRUCK_OFF", 1));
        EventFeed.awaitConsumed(List.of(movedId, sameVersion, older));

        assertEquals(
                "Phan Văn Chuyển ACTIVE 2 " + to.id(),
                Feed.query(
                        "select full_name || ' ' || status || ' ' || version || ' ' || organization_id from members"
                                + " where id = ?",
                        member));
    }

    /**
     * A poll's member events are written together: versions of one member sent at once, the newest among them and one
     * of the same version after it, end as if applied one after the other, beside another member's.
     */
    @Test
    void versionsOfAnOrganizationInOnePollEndAtTheNewest() throws Exception {
        Feed.Org committee = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = UUID.randomUUID();
        UUID beside = UUID.randomUUID();
        List<UUID> before = List.of(Feed.bloc().id(), cell);
        List<UUID> after = List.of(Feed.bloc().id(), committee.id(), cell);
        List<String> sent = List.of(
                organizationAsync("OrganizationFounded", cell, Feed.bloc().id(), before, "ACTIVE", 0),
                organizationAsync("OrganizationMoved", cell, committee.id(), after, "ACTIVE", 2),
                organizationAsync("OrganizationUpdated", cell, Feed.bloc().id(), before, "ACTIVE", 1),
                EventFeed.sendAsync(
                        Feed.ORGANIZATIONS,
                        "TermOpened",
                        cell,
                        DocumentedEvent.of("organization", "TermOpened").json()),
                organizationAsync(
                        "OrganizationFounded",
                        beside,
                        committee.id(),
                        List.of(Feed.bloc().id(), committee.id(), beside),
                        "ACTIVE",
                        0));
        EventFeed.flush();
        EventFeed.awaitConsumed(sent);

        String row = "select status || ' ' || version || ' ' || parent_id from organizations where id = ?";
        assertEquals(
                "ACTIVE 2 " + committee.id(),
                Feed.query(row, cell),
                "the newest version; a term event is no organization's state");
        assertEquals("ACTIVE 0 " + committee.id(), Feed.query(row, beside));
    }

    private static String organizationAsync(
            String type, UUID id, UUID parent, List<UUID> path, String status, long version) {
        return EventFeed.sendAsync(
                Feed.ORGANIZATIONS,
                type,
                id,
                DocumentedEvent.organization(
                                type,
                                id,
                                "GC" + id.toString().substring(0, 6),
                                "GRASSROOTS_CELL",
                                parent,
                                path,
                                status,
                                version)
                        .json());
    }

    @Test
    void versionsOfAMemberInOnePollEndAtTheNewest() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Org other = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = UUID.randomUUID();
        UUID beside = UUID.randomUUID();
        List<String> sent = List.of(
                EventFeed.sendAsync(
                        Feed.MEMBERS,
                        "MemberAdmitted",
                        member,
                        Feed.memberData("MemberAdmitted", member, "Tên Đầu", cell.id(), "PROBATIONARY", "ACTIVE", 0)),
                EventFeed.sendAsync(
                        Feed.MEMBERS,
                        "MemberMoved",
                        member,
                        Feed.memberData("MemberMoved", member, "Lò Văn Mới", other.id(), "FULL", "ACTIVE", 2)),
                EventFeed.sendAsync(
                        Feed.MEMBERS,
                        "MemberUpdated",
                        member,
                        Feed.memberData("MemberUpdated", member, "Tên Trùng", cell.id(), "FULL", "ACTIVE", 2)),
                EventFeed.sendAsync(
                        Feed.MEMBERS,
                        "MemberRecognisedFull",
                        member,
                        Feed.memberData("MemberRecognisedFull", member, "Tên Cũ", cell.id(), "FULL", "ACTIVE", 1)),
                EventFeed.sendAsync(
                        Feed.MEMBERS,
                        "MemberAdmitted",
                        beside,
                        Feed.memberData(
                                "MemberAdmitted", beside, "Lò Thị Bên", cell.id(), "PROBATIONARY", "ACTIVE", 0)));
        EventFeed.flush();
        EventFeed.awaitConsumed(sent);

        String row = "select full_name || ' ' || membership_kind || ' ' || version || ' ' || organization_id"
                + " from members where id = ?";
        assertEquals("Lò Văn Mới FULL 2 " + other.id(), Feed.query(row, member));
        assertEquals("Lò Thị Bên PROBATIONARY 0 " + cell.id(), Feed.query(row, beside));
    }

    @Test
    void theOrganizationReplicaFollowsMovesAndIgnoresOlderVersions() throws Exception {
        Feed.Org committee = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        List<UUID> moved = List.of(Feed.bloc().id(), committee.id(), cell.id());
        Feed.organization("OrganizationMoved", cell.id(), "SUBORDINATE_CELL", committee.id(), moved, "ACTIVE", 2);
        String expected =
                "/" + String.join("/", moved.stream().map(UUID::toString).toList()) + "/";
        assertEquals(expected, Feed.query("select path from organizations where id = ?", cell.id()));

        // Version 1, older than the move, arriving late with its old place and another status.
        String late = Feed.send(
                Feed.ORGANIZATIONS,
                "OrganizationUpdated",
                cell.id(),
                DocumentedEvent.of("organization", "OrganizationUpdated")
                        .with("organizationId", cell.id())
                        .with("type", "GRASSROOTS_CELL")
                        .with("parentId", Feed.bloc().id())
                        .with("path", cell.path())
                        .with("status", "DISSOLVED")
                        .with("version", 1)
                        .json());
        EventFeed.awaitConsumed(List.of(late));

        assertEquals(
                "SUBORDINATE_CELL ACTIVE 2 " + expected,
                Feed.query(
                        "select type || ' ' || status || ' ' || version || ' ' || path from organizations where id = ?",
                        cell.id()));
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
