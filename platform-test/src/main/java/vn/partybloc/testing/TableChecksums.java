package vn.partybloc.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;

/**
 * A content checksum of every table of the service's database, so that "nothing was written" catches an UPDATE as
 * well as an INSERT or DELETE.
 */
final class TableChecksums {

    /**
     * Tables left out: Flyway's own, and the idempotency keys (a replay store keyed by the caller's header, not data).
     */
    private static final List<String> SKIPPED_TABLES = List.of("flyway_schema_history", "idempotency_keys");

    /**
     * Columns a background job changes without any request: the outbox relay stamps {@code published_at} when Kafka
     * acknowledges an event written earlier. The outbox rows themselves are checked, so a new event counts as a write.
     */
    private static final Map<String, String> BACKGROUND_COLUMNS = Map.of("outbox", "published_at");

    private TableChecksums() {}

    /** Table name → md5 of its rows' text in a fixed order. */
    static Map<String, String> take() throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection connection = PostgresResource.connect();
                Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                checksums.put(table, checksum(statement, table));
            }
        }
        return checksums;
    }

    /**
     * The checksums once the effects of earlier requests have settled (a bulk import runs after its answer): two
     * readings half a second apart agree.
     */
    static Map<String, String> settled() {
        List<Map<String, String>> last = new ArrayList<>(List.of(Map.of()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Map<String, String> now = take();
                    boolean same = now.equals(last.get(0));
                    last.set(0, now);
                    return same;
                });
        return last.get(0);
    }

    /** The names of the tables whose checksum differs. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table);
            }
        }
        return changed;
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")) {
            while (rs.next()) {
                if (!SKIPPED_TABLES.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static String checksum(Statement statement, String table) throws SQLException {
        String row = BACKGROUND_COLUMNS.containsKey(table)
                ? "(to_jsonb(t) - '" + BACKGROUND_COLUMNS.get(table) + "')::text"
                : "t::text";
        String sql = "select count(*) || ':' || coalesce(md5(string_agg(" + row + ", '|' order by " + row
                + ")), '') from \"" + table + "\" t";
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
