package vn.partybloc.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Reads a native query's rows through a forward-only database cursor, {@link #BATCH} at a time, and clears the session
 * after each batch: memory holds one batch of rows, however many the query finds (an export of half a million members).
 */
public final class Scroll {

    public static final int BATCH = 500;

    private Scroll() {}

    /** Hands each row, as {@code row} maps what the query returns for it, to {@code each}, in the query's order. */
    public static <T> void each(EntityManager em, Query query, Function<Object, T> row, Consumer<T> each) {
        inBatches(em, query, row, batch -> batch.forEach(each));
    }

    /**
     * Hands the rows over {@link #BATCH} at a time (the last batch shorter), in the query's order, so that what they
     * need besides can be read for a whole batch in one query.
     */
    public static <T> void inBatches(EntityManager em, Query query, Function<Object, T> row, Consumer<List<T>> each) {
        Session session = em.unwrap(Session.class);
        try (ScrollableResults<?> rows = query.unwrap(NativeQuery.class)
                .setReadOnly(true)
                .setFetchSize(BATCH)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            List<T> batch = new ArrayList<>(BATCH);
            while (rows.next()) {
                batch.add(row.apply(rows.get()));
                if (batch.size() == BATCH) {
                    each.accept(batch);
                    batch = new ArrayList<>(BATCH);
                    session.clear();
                }
            }
            if (!batch.isEmpty()) {
                each.accept(batch);
            }
        }
    }
}
