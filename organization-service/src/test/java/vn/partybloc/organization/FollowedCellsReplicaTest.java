package vn.partybloc.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.events.MemberEventsHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.PostgresResource;

/**
 * Which cells each committee member follows comes from member-service's position events (ADR 0013): the positions
 * replica keeps each position's responsibilities as of its newest version, whatever the order and number of
 * deliveries.
 */
@QuarkusTest
class FollowedCellsReplicaTest {

    private static final String TOPIC = Positions.TOPIC;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MemberEventsHandler memberEvents;

    @Test
    void aPositionsResponsibilitiesAreThoseOfItsNewestVersion() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Xây dựng");
        UUID followed = Fixtures.cell(committee, "Chi bộ Phòng Quy hoạch");
        UUID other = Fixtures.cell(committee, "Chi bộ Phòng Hạ tầng");
        UUID position = UUID.randomUUID();
        UUID responsibility = UUID.randomUUID();

        apply("CommitteePositionStarted", position, committee, null, List.of(), 0);
        apply("ResponsibilityAssigned", position, committee, null, List.of(follows(responsibility, followed)), 1);
        assertEquals(List.of(responsibility + " " + followed + " true"), responsibilities(position));

        // A redelivered older version changes nothing; the end keeps the responsibilities that end with the position.
        apply("CommitteePositionStarted", position, committee, null, List.of(), 0);
        apply("ResponsibilityAssigned", position, committee, null, List.of(follows(UUID.randomUUID(), other)), 1);
        assertEquals(List.of(responsibility + " " + followed + " true"), responsibilities(position));
        apply(
                "CommitteePositionEnded",
                position,
                committee,
                "2026-12-31",
                List.of(follows(responsibility, followed)),
                2);
        assertEquals(List.of(responsibility + " " + followed + " true"), responsibilities(position));
        assertEquals("2026-12-31", query("select cast(ends_on as text) from positions where id = ?", position));
    }

    /**
     * A poll's position events are written as one run and leave each position as they would one by one: its newest
     * version with that version's responsibilities, an older version coming after it changing nothing.
     */
    @Test
    void aPollsRunOfPositionEventsLeavesEachPositionAtItsNewestVersion() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Giao thông");
        UUID followed = Fixtures.cell(committee, "Chi bộ Phòng Vận tải");
        UUID other = Fixtures.cell(committee, "Chi bộ Phòng Kế hoạch");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID replaced = UUID.randomUUID();
        UUID newer = UUID.randomUUID();

        List<IncomingEvent> poll = List.of(
                event("CommitteePositionStarted", first, committee, null, List.of(), 0),
                event("ResponsibilityAssigned", first, committee, null, List.of(follows(kept, followed)), 1),
                event("CommitteePositionStarted", second, committee, null, List.of(follows(replaced, other)), 0),
                event("CommitteePositionStarted", first, committee, null, List.of(), 0),
                event("ResponsibilityAssigned", second, committee, null, List.of(follows(newer, followed)), 1));
        QuarkusTransaction.requiringNew().run(() -> memberEvents.handleAll(poll));

        assertEquals(List.of(kept + " " + followed + " true"), responsibilities(first));
        assertEquals(List.of(newer + " " + followed + " true"), responsibilities(second));
        assertEquals("1", query("select cast(version as text) from positions where id = ?", first));
        assertEquals("1", query("select cast(version as text) from positions where id = ?", second));
    }

    private static IncomingEvent event(
            String type,
            UUID position,
            UUID organization,
            String endsOn,
            List<Map<String, Object>> assigned,
            long version)
            throws Exception {
        return new IncomingEvent(
                UUID.randomUUID().toString(),
                "member-service",
                type,
                position.toString(),
                Instant.now(),
                JSON.readTree(new Positions.Event(type, position, null, organization, null, endsOn, assigned, version)
                        .data()),
                TOPIC,
                0,
                0);
    }

    @Test
    void aPositionPublishedBeforeResponsibilitiesWereHasNone() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Công thương");
        UUID position = UUID.randomUUID();
        String older = DocumentedEvent.of("member", "CommitteePositionStarted")
                .with("positionId", position)
                .with("organizationId", committee)
                .json()
                .replaceFirst(",\\s*\"responsibilities\"\\s*:\\s*\\[\\s*]", "");
        EventFeed.awaitConsumed(List.of(EventFeed.send(TOPIC, "CommitteePositionStarted", position, older)));

        assertEquals("0", query("select cast(version as text) from positions where id = ?", position));
        assertEquals(List.of(), responsibilities(position));
    }

    private static Map<String, Object> follows(UUID responsibility, UUID cell) {
        return Positions.follows(responsibility, cell);
    }

    private static void apply(
            String type,
            UUID position,
            UUID organization,
            String endsOn,
            List<Map<String, Object>> assigned,
            long version) {
        new Positions.Event(type, position, null, organization, null, endsOn, assigned, version).apply();
    }

    /** The replica's responsibilities of the position: {@code id followedCell attendsMeetings}. */
    private static List<String> responsibilities(UUID position) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select id || ' ' || followed_organization_id || ' '"
                        + " || attends_meetings from position_responsibilities where position_id = ? order by id")) {
            s.setObject(1, position);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static String query(String sql, UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
