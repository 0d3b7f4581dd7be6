package vn.partybloc.platform.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** The test application's tables as its tests set and read them directly. */
public final class TestTables {

    private TestTables() {}

    /** The organization at {@code path} (the ids from the root down, each between slashes), new or moved there. */
    public static void placeOrganization(DataSource dataSource, UUID id, String path) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("""
                        insert into organizations (id, path) values (?, ?)
                        on conflict (id) do update set path = excluded.path""")) {
            upsert.setObject(1, id);
            upsert.setString(2, path);
            upsert.executeUpdate();
        }
    }

    /** The outbox's last position, 0 when it is empty. */
    public static long lastOutboxPosition(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select coalesce(max(seq), 0) from outbox");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
