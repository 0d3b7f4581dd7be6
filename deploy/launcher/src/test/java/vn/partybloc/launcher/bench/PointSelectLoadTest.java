package vn.partybloc.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PointSelectLoadTest {

    private static EmbeddedPostgres postgres;
    private static String url;
    private static final List<UUID> IDS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        url = postgres.getJdbcUrl("postgres", "postgres");
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table organizations (id uuid primary key, name text)");
            try (PreparedStatement insert = c.prepareStatement("insert into organizations values (?, 'o')")) {
                for (UUID id : IDS) {
                    insert.setObject(1, id);
                    insert.execute();
                }
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void readsRowsByIdOnEachConnectionWithinTheMeasuredWindow() throws Exception {
        Measurement m = PointSelectLoad.run(
                "select",
                url,
                "postgres",
                "postgres",
                "select * from organizations where id = ?",
                IDS,
                2,
                Duration.ofMillis(200),
                Duration.ofMillis(500));

        assertTrue(m.requests() > 0, "answered " + m.requests());
        assertEquals(m.requests(), m.latency().getTotalCount());
        assertEquals(0.5, m.seconds(), 1e-9);
    }

    @Test
    void aQueryTheDatabaseRefusesStopsTheMeasurementInsteadOfCountingNothing() {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> PointSelectLoad.run(
                        "select",
                        url,
                        "postgres",
                        "postgres",
                        "select * from no_such_table where id = ?",
                        IDS,
                        2,
                        Duration.ZERO,
                        Duration.ofMillis(100)));
        assertEquals("42P01", refused.getSQLState());
    }
}
