package vn.partybloc.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
        Session session = em.unwrap(Session.class);
        try (ScrollableResults<?> rows = query.unwrap(NativeQuery.class)
                .setReadOnly(true)
                .setFetchSize(BATCH)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            int read = 0;
            while (rows.next()) {
                each.accept(row.apply(rows.get()));
                if (++read % BATCH == 0) {
                    session.clear();
                }
            }
        }
    }
}
