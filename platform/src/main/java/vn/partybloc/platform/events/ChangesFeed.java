package vn.partybloc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.partybloc.platform.web.ProblemException;

/**
 * Serves the outbox over HTTP for HR systems without Kafka. Because outbox writers serialize on a commit-order lock,
 * {@code seq} grows in commit order and a reader that continues {@code after} its last position never misses an event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangesFeed {

    public static final int MAX_LIMIT = 1000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final OutboxConfig config;

    public ChangesFeed(EntityManager em, ObjectMapper json, OutboxConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    public ChangesPage read(String after, int limit) {
        return read(after, limit, Set.of());
    }

    /** A page without the events of the hidden types: those about a resource the caller may not read. */
    public ChangesPage read(String after, int limit, Set<String> hiddenTypes) {
        long cursor = parseCursor(after);
        String hidden = hiddenTypes.isEmpty() ? "" : " and event_type not in (?3)";
        Query query = em.createNativeQuery("""
                select seq, event_id, event_type, aggregate_id, occurred_at, payload::text
                from outbox where seq > ?1%s order by seq limit ?2""".formatted(hidden))
                .setParameter(1, cursor)
                .setParameter(2, limit + 1);
        if (!hiddenTypes.isEmpty()) {
            query.setParameter(3, hiddenTypes);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean hasMore = rows.size() > limit;
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
                    toInstant(row[4]),
                    CloudEvents.JSON,
                    parse((String) row[5])));
        }
        return new ChangesPage(items, Long.toString(last), hasMore);
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

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox payload is not JSON", e);
        }
    }
}
