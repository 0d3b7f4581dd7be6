package vn.partybloc.training;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.PostgresResource;

/**
 * How fast training-service's consumers apply member events and position events: a round of {@code MemberAdmitted}
 * events for new members of one cell (or of {@code CommitteePositionStarted} events of members new to a committee,
 * each opening a training obligation) is sent in one Kafka transaction, which the consumer (reading committed records
 * only) sees all at once, and the time runs from the commit until the replica holds them all (or every obligation is
 * open): the consumer's rate, not the producer's. A first, smaller round warms up. Prints events/s; asserts nothing
 * about speed. Run: {@code ./mvnw -B verify -pl
 * training-service -am -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=ReplicaThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class ReplicaThroughputBenchmark {

    private static final Logger LOG = Logger.getLogger(ReplicaThroughputBenchmark.class);

    @Test
    void memberEventsAppliedPerSecond() throws Exception {
        round(1_000, "warm-up");
        round(10_000, "measured");
    }

    @Test
    void positionEventsAppliedPerSecond() throws Exception {
        positionRound(500, "warm-up");
        positionRound(5_000, "measured");
    }

    private static void positionRound(int events, String label) throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Map<UUID, String> started = new LinkedHashMap<>();
        for (int i = 0; i < events; i++) {
            Feed.Position position =
                    Feed.position(UUID.randomUUID(), cell.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2025-06-20");
            started.put(position.positionId(), Feed.positionData(position, null, null, true, 0));
        }
        timed(
                label,
                "position events (each opening an obligation)",
                Feed.POSITIONS,
                "CommitteePositionStarted",
                started,
                "select count(*) from training_obligations where organization_id = ?",
                cell.id());
    }

    private static void round(int events, String label) throws Exception {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Map<UUID, String> admitted = new LinkedHashMap<>();
        for (int i = 0; i < events; i++) {
            UUID id = UUID.randomUUID();
            admitted.put(id, Feed.memberData("MemberAdmitted", id, "Đảng viên " + i, cell.id(), "FULL", "ACTIVE", 0));
        }
        timed(
                label,
                "member events",
                Feed.MEMBERS,
                "MemberAdmitted",
                admitted,
                "select count(*) from members where organization_id = ?",
                cell.id());
    }

    /** Sends the events in one transaction and logs how long after its commit {@code applied} counts them all. */
    private static void timed(
            String label,
            String what,
            String topic,
            String type,
            Map<UUID, String> events,
            String applied,
            UUID organization)
            throws Exception {
        long start = System.nanoTime();
        EventFeed.sendInOneTransaction(topic, type, events);
        long committed = System.nanoTime();
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> count(applied, organization) == events.size());
        double seconds = (System.nanoTime() - committed) / 1e9;
        LOG.infof(
                "BENCHMARK inbox %s: %d %s sent in one transaction in %.2f s, applied %.2f s after its commit = %.0f"
                        + " events/s",
                label, events.size(), what, (committed - start) / 1e9, seconds, events.size() / seconds);
    }

    private static int count(String sql, UUID organization) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, organization);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
