package vn.partybloc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;

/**
 * Proves that a database made by the previous release upgrades cleanly: migrate a database as that release did
 * (its own locations, up to its last version), give it rows, then migrate it as this release does. Flyway must accept
 * every applied migration unchanged (a rewritten one fails its checksum), the rows must survive, and the schema must
 * come out the same as a database this release creates from scratch.
 */
public final class MigrationUpgrade {

    private final String name;
    private String previousVersion;
    private List<String> previousLocations = List.of("classpath:db/migration");
    private List<String> currentLocations = List.of("classpath:db/migration");
    private final List<String> rows = new ArrayList<>();

    private MigrationUpgrade(String name) {
        this.name = name;
    }

    /** @param name a short database name prefix for this check */
    public static MigrationUpgrade of(String name) {
        return new MigrationUpgrade(name);
    }

    /** The previous release: its last migration version and the locations it read. */
    public MigrationUpgrade from(String version, String... locations) {
        this.previousVersion = version;
        this.previousLocations = List.of(locations);
        return this;
    }

    /** This release: the locations of its {@code quarkus.flyway.locations}. */
    public MigrationUpgrade to(String... locations) {
        this.currentLocations = List.of(locations);
        return this;
    }

    /** A statement that stores a row in the previous release's database; the row must survive the upgrade. */
    public MigrationUpgrade withRow(String insert) {
        rows.add(insert);
        return this;
    }

    /** Runs the check; returns the upgraded database's JDBC URL for further assertions. */
    public String check() throws SQLException {
        String upgraded = PostgresResource.newDatabase(name + "_upgraded");
        flyway(upgraded, previousLocations).target(previousVersion).load().migrate();
        try (Connection c = connect(upgraded);
                Statement statement = c.createStatement()) {
            for (String row : rows) {
                assertEquals(1, statement.executeUpdate(row), row);
            }
        }
        Map<String, Long> before = rowCounts(upgraded);
        flyway(upgraded, currentLocations).load().migrate();
        flyway(upgraded, currentLocations).load().validate();
        Map<String, Long> after = rowCounts(upgraded);
        before.forEach((table, rows) -> assertTrue(
                after.getOrDefault(table, 0L) >= rows, () -> "the upgrade lost rows of " + table + ": " + after));

        String fresh = PostgresResource.newDatabase(name + "_fresh");
        flyway(fresh, currentLocations).load().migrate();
        assertEquals(schema(fresh), schema(upgraded), "the upgraded schema differs from a new database's");
        return upgraded;
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, List<String> locations) {
        return Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations(locations.toArray(String[]::new))
                .outOfOrder(true) // as the services run it (platform migrations are numbered below theirs)
                .cleanDisabled(true);
    }

    /** The number of rows of each table of the previous release's schema. */
    private static Map<String, Long> rowCounts(String url) throws SQLException {
        List<String> tables = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(url);
                Statement statement = c.createStatement()) {
            try (ResultSet r = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename <> 'flyway_schema_history' order by tablename")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Tables, columns with their types and nullability, and index definitions of the public schema. */
    private static List<String> schema(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(url);
                Statement statement = c.createStatement()) {
            try (ResultSet r = statement.executeQuery("""
                    select table_name, column_name, data_type, coalesce(character_maximum_length, 0), is_nullable,
                           coalesce(column_default, '')
                    from information_schema.columns where table_schema = 'public'
                      and table_name <> 'flyway_schema_history'
                    order by table_name, column_name""")) {
                while (r.next()) {
                    lines.add("column " + r.getString(1) + "." + r.getString(2) + " " + r.getString(3) + "("
                            + r.getInt(4) + ") nullable=" + r.getString(5) + " default=" + r.getString(6));
                }
            }
            try (ResultSet r = statement.executeQuery(
                    "select indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname")) {
                while (r.next()) {
                    lines.add("index " + r.getString(1) + ": " + r.getString(2));
                }
            }
        }
        return lines;
    }
}
