package vn.partybloc.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteResource;
import vn.partybloc.platform.testapp.TestTables;

/**
 * What the feed by subtree costs (ADR 0023), measured side by side in one run: recording events that name an
 * organization (its ancestors looked up in the insert) against events that name none, and reading a subtree's feed to
 * its end against reading the whole feed, over an outbox of {@value #EVENTS} events spread over the cells of 12
 * committees. Prints medians and ratios; asserts nothing about speed. Run: {@code ./mvnw -pl platform verify
 * -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=SubtreeFeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class SubtreeFeedBenchmark {

    private static final Logger LOG = Logger.getLogger(SubtreeFeedBenchmark.class);
    private static final int COMMITTEES = 12;
    private static final int CELLS = 10;
    private static final int EVENTS = 200_000;
    private static final int ROUNDS = 40;
    private static final int BATCH = 200;

    @Inject
    Outbox outbox;

    @Inject
    ChangesFeed feed;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void recordingAndReadingBySubtree() throws SQLException {
        UUID root = UUID.randomUUID();
        List<UUID> committees = new ArrayList<>();
        List<UUID> cells = new ArrayList<>();
        TestTables.placeOrganization(dataSource, root, "/" + root + "/");
        for (int c = 0; c < COMMITTEES; c++) {
            UUID committee = UUID.randomUUID();
            committees.add(committee);
            TestTables.placeOrganization(dataSource, committee, "/" + root + "/" + committee + "/");
            for (int k = 0; k < CELLS; k++) {
                UUID cell = UUID.randomUUID();
                cells.add(cell);
                TestTables.placeOrganization(dataSource, cell, "/" + root + "/" + committee + "/" + cell + "/");
            }
        }

        List<Long> none = new ArrayList<>();
        List<Long> named = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            UUID cell = cells.get(round % cells.size());
            long plain = record(Set.of());
            long scoped = record(Set.of(cell));
            if (round >= ROUNDS / 4) {
                none.add(plain);
                named.add(scoped);
            }
        }
        double plainUs = median(none) / 1000.0 / BATCH;
        double scopedUs = median(named) / 1000.0 / BATCH;
        LOG.infof(
                "record, per event in batches of %d: none named %.1f µs, one cell named %.1f µs, ratio %.2f",
                BATCH, plainUs, scopedUs, scopedUs / plainUs);

        long start = TestTables.lastOutboxPosition(dataSource);
        fill(root, committees, cells);
        List<Long> whole = new ArrayList<>();
        List<Long> committee = new ArrayList<>();
        List<Long> cell = new ArrayList<>();
        int[] pages = new int[3];
        for (int round = 0; round < 5; round++) {
            whole.add(readToTheEnd(start, null, pages, 0));
            committee.add(readToTheEnd(start, committees.get(round), pages, 1));
            cell.add(readToTheEnd(start, cells.get(round), pages, 2));
        }
        LOG.infof(
                "read %d events to the end, pages of 1000: whole feed %d ms (%d pages), a committee's %d ms (%d pages,"
                        + " ratio %.2f), a cell's %d ms (%d pages, ratio %.2f)",
                EVENTS,
                median(whole) / 1_000_000,
                pages[0] / 5,
                median(committee) / 1_000_000,
                pages[1] / 5,
                (double) median(committee) / median(whole),
                median(cell) / 1_000_000,
                pages[2] / 5,
                (double) median(cell) / median(whole));
    }

    /** Nanoseconds to record a batch of events naming {@code about}, in one transaction. */
    private long record(Set<UUID> about) {
        long began = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Outbox.Event> events = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                events.add(new Outbox.Event(
                        NoteResource.TOPIC, "Note", UUID.randomUUID(), "NoteWritten", Map.of("n", i), about));
            }
            outbox.publishAll(events);
        });
        return System.nanoTime() - began;
    }

    private long readToTheEnd(long start, UUID subtree, int[] pages, int arm) {
        long began = System.nanoTime();
        String after = Long.toString(start);
        ChangesFilter filter = new ChangesFilter(Set.of(), List.of(), subtree);
        for (boolean more = true; more; ) {
            ChangesPage page = QuarkusTransaction.requiringNew().call(read(after, filter));
            after = page.next();
            more = page.hasMore();
            pages[arm]++;
        }
        return System.nanoTime() - began;
    }

    private Callable<ChangesPage> read(String after, ChangesFilter filter) {
        return () -> feed.read(after, 1000, filter);
    }

    /** {@value #EVENTS} events, published already, each about one cell in turn with its ancestors. */
    private void fill(UUID root, List<UUID> committees, List<UUID> cells) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                            payload, published_at, organizations)
                        select gen_random_uuid(), 'notes', 'Note', gen_random_uuid()::text, 'NoteWritten', now(),
                               '{"title": "a note of some length, as events have"}', now(),
                               array[cast(? as uuid), cast(? as uuid), cast(? as uuid)]
                        from generate_series(1, ?)""")) {
            int each = EVENTS / cells.size();
            for (int i = 0; i < cells.size(); i++) {
                insert.setObject(1, root);
                insert.setObject(2, committees.get(i / CELLS));
                insert.setObject(3, cells.get(i));
                insert.setInt(4, each);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement analyze = c.prepareStatement("analyze outbox")) {
            analyze.execute();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
