package vn.partybloc.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteResource;
import vn.partybloc.platform.testapp.TestTables;
import vn.partybloc.platform.web.ProblemException;

/**
 * Issue 19's type filter, and the bound that keeps it from scanning the whole outbox for a type that is rare: a filtered
 * page reads at most {@link ChangesFeed#SCAN_WINDOW} events and answers the last position it read.
 */
@QuarkusTest
class ChangesFeedTest {

    @Inject
    ChangesFeed feed;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Test
    void aReaderOfARareTypeGetsItAfterPagesThatEachReadOneWindow() throws SQLException {
        long start = TestTables.lastOutboxPosition(dataSource);
        record(ChangesFeed.SCAN_WINDOW + 4, "NoteWritten");
        record(1, "NoteArchived");
        record(10, "NoteWritten");
        long windowEnd = start + ChangesFeed.SCAN_WINDOW;
        long rare = windowEnd + 5;
        long end = rare + 10;
        assertEquals(end, TestTables.lastOutboxPosition(dataSource), "the positions are consecutive");

        ChangesPage first =
                feed.read(Long.toString(start), 100, new ChangesFilter(Set.of(), List.of("NoteArchived"), null));
        assertEquals(List.of(), first.items());
        assertEquals(Long.toString(windowEnd), first.next());
        assertTrue(first.hasMore());

        ChangesPage second = feed.read(
                first.next(), 100, new ChangesFilter(Set.of(), List.of("NoteArchived", "NoteRestored"), null));
        assertEquals(
                List.of("NoteArchived"),
                second.items().stream().map(ChangeEvent::type).toList());
        assertEquals(Long.toString(rare), second.items().get(0).position());
        assertEquals(Long.toString(end), second.next(), "the rest of the outbox held none of the type");
        assertFalse(second.hasMore());

        ChangesPage hidden =
                feed.read(first.next(), 100, new ChangesFilter(Set.of("NoteArchived"), List.of("NoteArchived"), null));
        assertEquals(List.of(), hidden.items(), "a type the caller may not read stays hidden when named");
        assertEquals(Long.toString(end), hidden.next());

        ChangesPage unfiltered = feed.read(Long.toString(start), 3, new ChangesFilter(Set.of(), List.of(), null));
        assertEquals(3, unfiltered.items().size());
        assertEquals(Long.toString(start + 3), unfiltered.next(), "a page without a filter ends at its last event");
        assertTrue(unfiltered.hasMore());
    }

    /**
     * A subtree's feed holds the events about what was in it when each happened: a cell's events before it moved stay
     * in its old parent's feed, the move is in both parents' feeds, its later events only in the new parent's.
     */
    @Test
    void aSubtreesFeedHoldsWhatWasInItThenAndTellsWhatLeftIt() throws SQLException {
        UUID root = UUID.randomUUID();
        UUID left = UUID.randomUUID();
        UUID right = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        TestTables.placeOrganization(dataSource, root, "/" + root + "/");
        TestTables.placeOrganization(dataSource, left, "/" + root + "/" + left + "/");
        TestTables.placeOrganization(dataSource, right, "/" + root + "/" + right + "/");
        TestTables.placeOrganization(dataSource, cell, "/" + root + "/" + left + "/" + cell + "/");
        long start = TestTables.lastOutboxPosition(dataSource);

        publish("NoteWritten", Outbox.about(cell));
        TestTables.placeOrganization(dataSource, cell, "/" + root + "/" + right + "/" + cell + "/");
        publish("NoteMoved", Outbox.about(cell, left));
        publish("NoteRenamed", Outbox.about(cell));
        publish("NoteArchived", Set.of());
        publish("NoteRenamed", Outbox.about(right));

        assertEquals(List.of("NoteWritten", "NoteMoved"), types(start, left));
        assertEquals(List.of("NoteMoved", "NoteRenamed", "NoteRenamed"), types(start, right));
        assertEquals(List.of("NoteWritten", "NoteMoved", "NoteRenamed"), types(start, cell));
        assertEquals(
                List.of("NoteWritten", "NoteMoved", "NoteRenamed", "NoteRenamed"),
                types(start, root),
                "an event about no organization is in no subtree's feed");
        assertEquals(
                List.of("NoteMoved"),
                feed
                        .read(
                                Long.toString(start),
                                100,
                                new ChangesFilter(Set.of(), List.of("NoteMoved", "NoteRenamed"), left))
                        .items()
                        .stream()
                        .map(ChangeEvent::type)
                        .toList(),
                "the type and the subtree filters together");
        ProblemException unknown = assertThrows(
                ProblemException.class,
                () -> feed.read(Long.toString(start), 100, new ChangesFilter(Set.of(), List.of(), UUID.randomUUID())));
        assertEquals(404, unknown.type().status());
    }

    private List<String> types(long start, UUID subtree) {
        ChangesPage page = feed.read(Long.toString(start), 100, new ChangesFilter(Set.of(), List.of(), subtree));
        assertFalse(page.hasMore());
        return page.items().stream().map(ChangeEvent::type).toList();
    }

    private void publish(String type, Set<UUID> about) {
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(
                        new Outbox.Event(NoteResource.TOPIC, "Note", UUID.randomUUID(), type, Map.of(), about)));
    }

    /** Published already, so that the relay leaves them alone. */
    private void record(int count, String type) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                            payload, published_at)
                        select gen_random_uuid(), 'notes', 'Note', gen_random_uuid()::text, ?, now(), '{}', now()
                        from generate_series(1, ?)""")) {
            insert.setString(1, type);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }
}
