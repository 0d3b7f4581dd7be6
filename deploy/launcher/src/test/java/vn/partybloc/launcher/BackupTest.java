package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./run.sh backup} and {@code ./run.sh restore <file>} on the embedded PostgreSQL and Kafka's folder. */
class BackupTest {

    @AfterEach
    void forgetTheDataFolder() {
        System.clearProperty("partybloc.data");
    }

    @Test
    void aRestoredBackupBringsBackTheDatabasesAndTheBrokerAsTheyWereAndKeepsWhatItReplaced(@TempDir Path root)
            throws Exception {
        Path home = root.resolve("stack");
        System.setProperty("partybloc.data", home.toString());
        Files.createDirectories(home.resolve("logs"));
        Stack stack = new Stack(Path.of("."), Map.of("POSTGRES_PORT", Integer.toString(freePort())));
        String url = "jdbc:postgresql://localhost:" + stack.postgresPort() + "/members";
        Path broker = home.resolve("kafka/meta.properties");
        Files.createDirectories(broker.getParent());
        Files.writeString(broker, "cluster.id=before\n");

        try (Postgres postgres = Postgres.start(stack)) {
            sql(url, postgres.password(), "create table figures (name text primary key, value int)");
            sql(url, postgres.password(), "insert into figures values ('members', 14357), ('organizations', 122)");
        }
        Path backup = Backup.write(stack);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(backup));
        }

        try (Postgres postgres = Postgres.start(stack)) {
            sql(url, postgres.password(), "update figures set value = 0");
            sql(url, postgres.password(), "insert into figures values ('cells', 1117)");
        }
        Files.writeString(broker, "cluster.id=after\n");

        Path replaced = Backup.restore(stack, backup);

        try (Postgres postgres = Postgres.start(stack)) {
            assertEquals("members=14357 organizations=122", figures(url, postgres.password()));
        }
        assertEquals("cluster.id=before\n", Files.readString(broker));
        // the data the restore replaced is a backup of its own
        Backup.restore(stack, replaced);
        try (Postgres postgres = Postgres.start(stack)) {
            assertEquals("cells=1117 members=0 organizations=0", figures(url, postgres.password()));
        }
        assertEquals("cluster.id=after\n", Files.readString(broker));
        assertTrue(Files.exists(backup), "a restore keeps the file it restored");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingIsReplaced(@TempDir Path root) throws Exception {
        Path home = root.resolve("stack");
        System.setProperty("partybloc.data", home.toString());
        Path kept = home.resolve("secrets/keycloak-admin-password");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "kept\n");
        Path stranger = root.resolve("stranger.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(stranger))) {
            zip.putNextEntry(new ZipEntry("../outside.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        Stack stack = new Stack(Path.of("."), Map.of());

        assertThrows(IOException.class, () -> Backup.restore(stack, stranger));
        assertThrows(IllegalArgumentException.class, () -> Backup.restore(stack, root.resolve("missing.zip")));
        assertEquals("kept\n", Files.readString(kept));
        assertFalse(Files.exists(root.resolve("outside.txt")));
    }

    private static void sql(String url, String password, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, Postgres.USER, password);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String figures(String url, String password) throws Exception {
        StringBuilder figures = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, Postgres.USER, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name, value from figures order by name")) {
            while (rs.next()) {
                figures.append(figures.isEmpty() ? "" : " ")
                        .append(rs.getString(1))
                        .append('=')
                        .append(rs.getInt(2));
            }
        }
        return figures.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
