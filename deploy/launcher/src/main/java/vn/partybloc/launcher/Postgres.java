package vn.partybloc.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** An embedded PostgreSQL server whose data directory persists under {@code .local/postgres}. */
final class Postgres implements AutoCloseable {

    static final String USER = "partybloc";
    static final String PASSWORD = "partybloc";

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static Postgres start(Stack stack) throws Exception {
        Path data = stack.home().resolve("postgres");
        Files.createDirectories(data);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(
                        stack.home().resolve("postgres-binaries").toFile())
                .setPort(stack.postgresPort())
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("postgres.log").toFile()))
                .start();
        Postgres postgres = new Postgres(server);
        postgres.ensureDatabases(stack.databases());
        return postgres;
    }

    private void ensureDatabases(List<String> databases) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
            for (String database : databases) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + database + " owner " + USER);
                    }
                }
            }
        }
        // Extensions need a superuser; the services' migrations then find them in place.
        for (String database : databases) {
            try (Connection c = server.getDatabase("postgres", database).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create extension if not exists unaccent");
                s.execute("create extension if not exists pg_trgm");
                s.execute("create extension if not exists btree_gist");
            }
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
