package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's PostgreSQL takes no connection without its password (issue 14): it used to trust every local
 * connection, so the superuser logged in with any password.
 */
class PostgresTest {

    @AfterEach
    void forgetTheDataFolder() {
        System.clearProperty("partybloc.data");
    }

    @Test
    void everyConnectionProvesItsGeneratedPasswordBeforeAndAfterARestart(@TempDir Path home) throws Exception {
        System.setProperty("partybloc.data", home.toString());
        Files.createDirectories(home.resolve("logs"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Stack stack = new Stack(Path.of("."), Map.of("POSTGRES_PORT", Integer.toString(port)));
        String url = "jdbc:postgresql://localhost:" + port + "/members";
        LocalSecrets secrets = new LocalSecrets(home);

        for (int start = 1; start <= 2; start++) {
            try (Postgres postgres = Postgres.start(stack)) {
                assertEquals(secrets.get(LocalSecrets.POSTGRES_APP), postgres.password());
                refused(url, Postgres.SUPERUSER, "postgres");
                refused(url, Postgres.SUPERUSER, "anything");
                refused(url, Postgres.USER, "partybloc");
                connect(url, Postgres.USER, postgres.password());
                connect(url, Postgres.SUPERUSER, secrets.get(LocalSecrets.POSTGRES_SUPERUSER));
            }
        }
    }

    private static void connect(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("select 1");
        }
    }

    private static void refused(String url, String user, String password) {
        SQLException refusal = assertThrows(SQLException.class, () -> connect(url, user, password), user);
        assertEquals("28P01", refusal.getSQLState(), user + ": " + refusal.getMessage());
    }
}
