package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.partybloc.training.Feed.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.training.domain.OverdueCheck;
import vn.partybloc.training.events.PositionEventsHandler;

/** The obligation flow, driven by member-service's real event format on the real broker. */
@QuarkusTest
class ObligationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OverdueCheck overdueCheck;

    @Inject
    PositionEventsHandler positionEvents;

    @Test
    void aStartedPositionInMemberServicesDocumentedFormatOpensAnObligationThatAPartyWorkCourseFulfils()
            throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        // The documented examples, with fresh ids: a renamed or retyped field in member-service's format breaks this
        // test.
        UUID memberId = UUID.randomUUID();
        String member = DocumentedEvent.of("member", "MemberAdmitted")
                .with("memberId", memberId)
                .with("organizationId", cell.id())
                .with("membershipKind", "FULL")
                .with("fullMemberSince", "2011-05-19")
                .json();
        Feed.send(Feed.MEMBERS, "MemberAdmitted", memberId, member);
        Feed.awaitRow("select full_name from members where id = ?", memberId, "Nguyễn Văn An");

        UUID positionId = UUID.randomUUID();
        String started = DocumentedEvent.of("member", "CommitteePositionStarted")
                .with("positionId", positionId)
                .with("memberId", memberId)
                .with("organizationId", cell.id())
                .with("startsOn", "2021-03-01")
                .json();
        Feed.send(Feed.POSITIONS, "CommitteePositionStarted", positionId, started);
        String obligation = awaitObligation(positionId, "OPEN");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/obligations/" + obligation)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(memberId.toString()))
                .body("position", equalTo("SECRETARY"))
                .body("committeeKind", equalTo("EXECUTIVE_COMMITTEE"))
                .body("dueOn", equalTo("2022-03-01"));

        UUID propaganda = Courses.running("PROPAGANDA", "2021-04-05", "2021-04-09", List.of(memberId));
        Courses.complete(admin(), propaganda, List.of(memberId), "GOOD", null)
                .then()
                .statusCode(200)
                .body("obligationsFulfilled", equalTo(0));
        UUID partyWork = Courses.running("PARTY_WORK", "2021-05-10", "2021-05-14", List.of(memberId));
        Courses.complete(admin(), partyWork, List.of(memberId), "GOOD", null)
                .then()
                .statusCode(200)
                .body("obligationsFulfilled", equalTo(1));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/obligations/" + obligation)
                .then()
                .body("status", equalTo("FULFILLED"))
                .body("fulfilledOn", equalTo("2021-05-14"));
        assertEquals("TrainingObligationOpened,TrainingObligationFulfilled", Outbox.types(obligation));
    }

    @Test
    void onlyMembersNewToTheCommitteeGetAnObligationAndDuplicatesMakeOne() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Trịnh Văn Cũ", cell.id());
        Feed.Position again = Feed.position(member, cell.id(), "CELL_COMMITTEE", "SECRETARY", "2025-06-20");
        Feed.started(again, false);
        Feed.awaitPosition(again.positionId(), 0);
        assertNull(Feed.query("select status from training_obligations where position_id = ?", again.positionId()));

        Feed.Position fresh = Feed.position(member, cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2025-06-20");
        Feed.started(fresh, true);
        Feed.started(fresh, true);
        String obligation = awaitObligation(fresh.positionId(), "OPEN");
        Feed.started(fresh, true);
        // Same key, so processed after the duplicates: ended after the due date, which leaves the obligation pending.
        Feed.ended(fresh, "2026-12-31", "TERM_ENDED");
        Feed.awaitPosition(fresh.positionId(), 1);
        assertEquals(
                "OPEN",
                Feed.query("select status from training_obligations where position_id = ?", fresh.positionId()));
        assertEquals(
                "1", Feed.query("select cast(count(*) as text) from training_obligations where member_id = ?", member));
        assertEquals("TrainingObligationOpened", Outbox.types(obligation));
    }

    /**
     * A course's completions lock their members in id order; a poll of position events must too. Here a completion holds
     * the first member's lock while the consumer applies a poll that names the second member's position first: the poll
     * waits, holding nothing, and the completion takes the second member's lock and commits. Locked in the events'
     * order, the poll held the second member's lock while it waited for the first: a deadlock, and one of the two was
     * rolled back (the demo load got a 409 on a completion).
     */
    @Test
    void aPollOfPositionEventsLocksItsMembersInTheOrderACompletionDoes() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        List<UUID> members = Stream.of(Feed.member("Lê Văn Một", cell.id()), Feed.member("Lê Văn Hai", cell.id()))
                .sorted()
                .toList();
        Feed.Position ofFirst = Feed.position(members.get(0), cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2025-06-20");
        Feed.Position ofSecond =
                Feed.position(members.get(1), cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2025-06-20");
        List<IncomingEvent> poll = List.of(started(ofSecond), started(ofFirst));

        try (Connection completion = PostgresResource.connect()) {
            completion.setAutoCommit(false);
            lockMember(completion, members.get(0));
            CompletableFuture<Void> applied = CompletableFuture.runAsync(
                    () -> QuarkusTransaction.requiringNew().run(() -> positionEvents.handleAll(poll)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(ObligationTest::aMemberLockIsAwaited);
            lockMember(completion, members.get(1));
            completion.commit();
            applied.get(30, TimeUnit.SECONDS);
        }
        for (Feed.Position position : List.of(ofFirst, ofSecond)) {
            assertEquals(
                    "OPEN",
                    Feed.query("select status from training_obligations where position_id = ?", position.positionId()));
        }
    }

    private static IncomingEvent started(Feed.Position position) throws Exception {
        return started(position, true);
    }

    private static IncomingEvent started(Feed.Position position, boolean newToCommittee) throws Exception {
        return positionEvent(
                "CommitteePositionStarted", position, Feed.positionData(position, null, null, newToCommittee, 0));
    }

    private static IncomingEvent ended(Feed.Position position, String endsOn, String reason) throws Exception {
        return positionEvent("CommitteePositionEnded", position, Feed.positionData(position, endsOn, reason, false, 1));
    }

    private static IncomingEvent positionEvent(String type, Feed.Position position, String data) throws Exception {
        return new IncomingEvent(
                UUID.randomUUID().toString(),
                "member-service",
                type,
                position.positionId().toString(),
                Instant.now(),
                JSON.readTree(data),
                Feed.POSITIONS,
                0,
                0);
    }

    private static boolean aMemberLockIsAwaited() throws Exception {
        try (Connection connection = PostgresResource.connect();
                ResultSet waiting = connection
                        .createStatement()
                        .executeQuery("select count(*) from pg_locks"
                                + " where locktype = 'advisory' and classid = 7104 and not granted")) {
            return waiting.next() && waiting.getInt(1) > 0;
        }
    }

    /** As ObligationRepository.lockMembers locks one member. */
    private static void lockMember(Connection connection, UUID member) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(7104, hashtext(?))")) {
            lock.setString(1, member.toString());
            lock.executeQuery().close();
        }
    }

    /**
     * A poll's position events are applied as one run, and leave what they would have left one by one: a seat new to
     * its holder opens one obligation however often its start comes, a completion since the start fulfils it at once,
     * a seat started and ended before its due date in the same poll is opened and then closed, a second seat opens
     * none, and each obligation's events come in that order.
     */
    @Test
    void aPollOfPositionEventsOpensFulfilsAndClosesAsTheEventsOneByOneWould() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID opened = Feed.member("Đinh Văn Mở", cell.id());
        UUID trained = Feed.member("Đinh Thị Học", cell.id());
        UUID brief = Feed.member("Đinh Văn Ngắn", cell.id());
        UUID course = Courses.running("PARTY_WORK", "2023-03-06", "2023-03-10", List.of(trained));
        Courses.complete(admin(), course, List.of(trained), "GOOD", null).then().statusCode(200);
        Feed.Position open = Feed.position(opened, cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2023-01-09");
        Feed.Position fulfilled = Feed.position(trained, cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2023-01-09");
        Feed.Position closed = Feed.position(brief, cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2023-01-09");
        Feed.Position second = Feed.position(brief, cell.id(), "CELL_COMMITTEE", "SECRETARY", "2023-01-09");

        List<IncomingEvent> poll = List.of(
                started(open),
                started(fulfilled),
                started(closed),
                started(open),
                ended(closed, "2023-05-31", "RESIGNATION"),
                started(second, false));
        QuarkusTransaction.requiringNew().run(() -> positionEvents.handleAll(poll));

        assertEquals(
                "OPEN", Feed.query("select status from training_obligations where position_id = ?", open.positionId()));
        assertEquals(
                "1", Feed.query("select cast(count(*) as text) from training_obligations where member_id = ?", opened));
        assertEquals(
                "FULFILLED",
                Feed.query("select status from training_obligations where position_id = ?", fulfilled.positionId()));
        assertEquals(
                "CLOSED:2023-05-31:POSITION_ENDED: RESIGNATION",
                Feed.query(
                        "select status || ':' || closed_on || ':' || close_reason from training_obligations"
                                + " where position_id = ?",
                        closed.positionId()));
        assertNull(Feed.query("select status from training_obligations where position_id = ?", second.positionId()));
        assertEquals("1", Feed.query("select cast(version as text) from positions where id = ?", closed.positionId()));
        assertEquals("TrainingObligationOpened", Outbox.types(obligationOf(open)));
        assertEquals("TrainingObligationOpened,TrainingObligationFulfilled", Outbox.types(obligationOf(fulfilled)));
        assertEquals("TrainingObligationOpened,TrainingObligationClosed", Outbox.types(obligationOf(closed)));
    }

    private static String obligationOf(Feed.Position position) throws Exception {
        return Feed.query(
                "select cast(id as text) from training_obligations where position_id = ?", position.positionId());
    }

    /** member-service publishes a responsibility with the position's state (ADR 0013): a newer version, no new seat. */
    @Test
    void aResponsibilityAssignedIsTheSamePositionAtANewVersionAndLeavesItsObligationAsItWas() throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Mạc Văn Phụ", cell.id());
        Feed.Position position = Feed.position(member, cell.id(), "CELL_COMMITTEE", "MEMBER", "2025-06-20");
        Feed.started(position, true);
        String obligation = awaitObligation(position.positionId(), "OPEN");
        Feed.responsibilityAssigned(position, 1);
        Feed.awaitPosition(position.positionId(), 1);
        assertEquals(
                "OPEN",
                Feed.query("select status from training_obligations where position_id = ?", position.positionId()));
        assertEquals(
                "1", Feed.query("select cast(count(*) as text) from training_obligations where member_id = ?", member));
        assertEquals("TrainingObligationOpened", Outbox.types(obligation));
    }

    @Test
    void aCompletionRecordedBeforeThePositionEventArrivesStillFulfilsTheObligation() {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Lâm Thị Sớm", cell.id());
        UUID before = Courses.running("PARTY_WORK", "2021-01-04", "2021-01-08", List.of(member));
        Courses.complete(admin(), before, List.of(member), "PASSED", null)
                .then()
                .statusCode(200);
        UUID after = Courses.running("NEW_COMMITTEE_MEMBER", "2021-09-06", "2021-09-10", List.of(member));
        Courses.complete(admin(), after, List.of(member), "EXCELLENT", "2021-09-10")
                .then()
                .statusCode(200);

        Feed.Position position = Feed.position(member, cell.id(), "CELL_COMMITTEE", "DEPUTY_SECRETARY", "2021-06-01");
        Feed.started(position, true);
        String obligation = awaitObligation(position.positionId(), "FULFILLED");
        // The course completed before the position started does not count; the one after does.
        given().auth()
                .oauth2(admin())
                .get("/api/v1/obligations/" + obligation)
                .then()
                .body("fulfilledOn", equalTo("2021-09-10"));
        assertEquals("TrainingObligationOpened,TrainingObligationFulfilled", Outbox.types(obligation));
    }

    @Test
    void endingThePositionBeforeItIsDueClosesTheObligationWithTheReason() {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Quách Văn Ngắn", cell.id());
        Feed.Position position = Feed.position(member, cell.id(), "CELL_COMMITTEE", "MEMBER", "2022-01-10");
        Feed.started(position, true);
        String obligation = awaitObligation(position.positionId(), "OPEN");
        Feed.ended(position, "2022-08-31", "REASSIGNMENT");
        awaitObligation(position.positionId(), "CLOSED");
        Feed.ended(position, "2022-08-31", "REASSIGNMENT");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/obligations/" + obligation)
                .then()
                .body("closedOn", equalTo("2022-08-31"))
                .body("closeReason", equalTo("POSITION_ENDED: REASSIGNMENT"));

        // Events reordered: the end arrives before the start; the obligation still ends up closed.
        Feed.Position brief = Feed.position(member, cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2022-02-01");
        Feed.ended(brief, "2022-03-01", "RESIGNATION");
        Feed.awaitPosition(brief.positionId(), 1);
        Feed.started(brief, true);
        awaitObligation(brief.positionId(), "CLOSED");
        assertEquals("TrainingObligationOpened,TrainingObligationClosed", Outbox.types(obligation));
    }

    @Test
    void anObligationPastItsDueDateBecomesOverdueAndIsAnnouncedOnce() {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID member = Feed.member("Hà Văn Muộn", cell.id());
        Feed.Position position = Feed.position(member, cell.id(), "CELL_COMMITTEE", "SECRETARY", "2020-01-15");
        Feed.started(position, true);
        String obligation = awaitObligation(position.positionId(), "OPEN");
        overdueCheck.run();
        overdueCheck.run();
        given().auth()
                .oauth2(admin())
                .get("/api/v1/obligations/" + obligation)
                .then()
                .body("status", equalTo("OVERDUE"));
        assertEquals("TrainingObligationOpened,TrainingObligationOverdue", Outbox.types(obligation));

        // Trained late: still fulfilled, and the report counts it as fulfilled.
        UUID course = Courses.running("PARTY_WORK", "2022-03-07", "2022-03-11", List.of(member));
        Courses.complete(admin(), course, List.of(member), "FAIR", null)
                .then()
                .body("obligationsFulfilled", equalTo(1));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/obligations/" + obligation)
                .then()
                .body("status", equalTo("FULFILLED"));
    }

    static String awaitObligation(UUID positionId, String status) {
        Feed.awaitRow("select status from training_obligations where position_id = ?", positionId, status);
        try {
            return Feed.query("select cast(id as text) from training_obligations where position_id = ?", positionId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
