package vn.partybloc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.partybloc.platform.persistence.SqlValues;
import vn.partybloc.platform.web.ProblemException;

/**
 * Serves the outbox over HTTP for HR systems without Kafka. Because outbox writers serialize on a commit-order lock,
 * {@code seq} grows in commit order and a reader that continues {@code after} its last position never misses an event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangesFeed {

    public static final int MAX_LIMIT = 1000;

    /** Outbox events read by one filtered page at most. */
    static final int SCAN_WINDOW = 10_000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final OutboxConfig config;

    public ChangesFeed(EntityManager em, ObjectMapper json, OutboxConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /**
     * A page without the events {@code filter} leaves out: of the hidden types (those about a resource the caller may
     * not read), of other types than those it names if any, of other subtrees than the one it names if any. A page left
     * with fewer events than asked for reads at most {@link #SCAN_WINDOW} events of the outbox, whatever the filter:
     * its {@code next} is the last position read, so a rare type or a small subtree costs its reader more pages, never
     * the service a scan of the whole outbox. An unknown subtree is a 404.
     */
    public ChangesPage read(String after, int limit, ChangesFilter filter) {
        long cursor = parseCursor(after);
        if (filter.organizationId() != null && !EventOrganizations.known(em, filter.organizationId())) {
            throw ProblemException.notFound("organization", filter.organizationId());
        }
        if (filter.keepsEverything()) {
            return page(rows(cursor, Long.MAX_VALUE, limit, filter), cursor, limit, null);
        }
        Window window = window(cursor);
        return page(rows(cursor, window.end(), limit, filter), cursor, limit, window);
    }

    /** The last position a filtered page reads up to, and whether the outbox holds events after it. */
    private record Window(long end, boolean more) {}

    private Window window(long cursor) {
        List<?> edge = em.createNativeQuery("select seq from outbox where seq > ?1 order by seq offset ?2 limit 2")
                .setParameter(1, cursor)
                .setParameter(2, SCAN_WINDOW - 1)
                .getResultList();
        if (!edge.isEmpty()) {
            return new Window(((Number) edge.get(0)).longValue(), edge.size() > 1);
        }
        Number last = (Number) em.createNativeQuery("select max(seq) from outbox where seq > ?1")
                .setParameter(1, cursor)
                .getSingleResult();
        return new Window(last == null ? cursor : last.longValue(), false);
    }

    private List<Object[]> rows(long cursor, long end, int limit, ChangesFilter filter) {
        Query query = em.createNativeQuery("""
                select seq, event_id, event_type, aggregate_id, occurred_at, payload::text
                from outbox where seq > :cursor and seq <= :end%s order by seq limit :limit""".formatted(filter.sql()))
                .setParameter("cursor", cursor)
                .setParameter("end", end)
                .setParameter("limit", limit + 1);
        filter.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** The page of {@code rows}; past its last event, the rest of a filtered page's window held none of its types. */
    private ChangesPage page(List<Object[]> rows, long cursor, int limit, Window window) {
        boolean full = rows.size() > limit;
        List<ChangeEvent> items = new ArrayList<>(Math.min(rows.size(), limit));
        long last = cursor;
        for (Object[] row : rows.subList(0, Math.min(rows.size(), limit))) {
            last = ((Number) row[0]).longValue();
            items.add(new ChangeEvent(
                    Long.toString(last),
                    CloudEvents.SPEC_VERSION,
                    row[1].toString(),
                    config.source(),
                    (String) row[2],
                    (String) row[3],
                    SqlValues.instant(row[4]),
                    CloudEvents.JSON,
                    parse((String) row[5])));
        }
        if (full || window == null) {
            return new ChangesPage(items, Long.toString(last), full);
        }
        return new ChangesPage(items, Long.toString(window.end()), window.more());
    }

    private static long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(after);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "changes.after-invalid");
        }
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox payload is not JSON", e);
        }
    }
}
