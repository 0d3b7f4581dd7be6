package vn.partybloc.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

    @Test
    void aReaderOfARareTypeGetsItAfterPagesThatEachReadOneWindow() throws SQLException {
        long start = lastPosition();
        record(ChangesFeed.SCAN_WINDOW + 4, "NoteWritten");
        record(1, "NoteArchived");
        record(10, "NoteWritten");
        long windowEnd = start + ChangesFeed.SCAN_WINDOW;
        long rare = windowEnd + 5;
        long end = rare + 10;
        assertEquals(end, lastPosition(), "the positions are consecutive");

        ChangesPage first = feed.read(Long.toString(start), 100, Set.of(), List.of("NoteArchived"));
        assertEquals(List.of(), first.items());
        assertEquals(Long.toString(windowEnd), first.next());
        assertTrue(first.hasMore());

        ChangesPage second = feed.read(first.next(), 100, Set.of(), List.of("NoteArchived", "NoteRestored"));
        assertEquals(
                List.of("NoteArchived"),
                second.items().stream().map(ChangeEvent::type).toList());
        assertEquals(Long.toString(rare), second.items().get(0).position());
        assertEquals(Long.toString(end), second.next(), "the rest of the outbox held none of the type");
        assertFalse(second.hasMore());

        ChangesPage hidden = feed.read(first.next(), 100, Set.of("NoteArchived"), List.of("NoteArchived"));
        assertEquals(List.of(), hidden.items(), "a type the caller may not read stays hidden when named");
        assertEquals(Long.toString(end), hidden.next());

        ChangesPage unfiltered = feed.read(Long.toString(start), 3, Set.of(), List.of());
        assertEquals(3, unfiltered.items().size());
        assertEquals(Long.toString(start + 3), unfiltered.next(), "a page without a filter ends at its last event");
        assertTrue(unfiltered.hasMore());
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

    private long lastPosition() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select coalesce(max(seq), 0) from outbox")) {
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
