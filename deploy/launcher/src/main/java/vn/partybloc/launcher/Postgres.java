package vn.partybloc.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * An embedded PostgreSQL server whose data directory persists under {@code .local/postgres}. Every connection proves
 * its password (scram-sha-256): the superuser {@code postgres} and the {@code partybloc} role have passwords made on
 * the first start and kept in {@link LocalSecrets}.
 */
final class Postgres implements AutoCloseable {

    static final String USER = "partybloc";
    static final String SUPERUSER = "postgres";

    private static final String HBA = """
            # Written by the launcher at each start: every connection proves its password.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres server;
    private final String password;

    private Postgres(EmbeddedPostgres server, String password) {
        this.server = server;
        this.password = password;
    }

    static Postgres start(Stack stack) throws Exception {
        Path data = stack.home().resolve("postgres");
        Files.createDirectories(data);
        LocalSecrets secrets = new LocalSecrets(stack.home());
        String superuser = secrets.get(LocalSecrets.POSTGRES_SUPERUSER);
        String password = secrets.get(LocalSecrets.POSTGRES_APP);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(
                        stack.home().resolve("postgres-binaries").toFile())
                .setPort(stack.postgresPort())
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                // initdb's 128 MB holds the demo but not a 550,000-member Bloc: a member search then reads its rows
                // from the kernel's cache on every call. Untouched pages cost no memory, so the demo's footprint stays.
                .setServerConfig("shared_buffers", "1GB")
                // the embedded server's own connections, as the superuser
                .setConnectConfig("password", superuser)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("postgres.log").toFile()))
                .start();
        Postgres postgres = new Postgres(server, password);
        postgres.requirePasswords(data, superuser);
        postgres.ensureDatabases(stack.databases());
        return postgres;
    }

    /** The password of the {@link #USER} role. */
    String password() {
        return password;
    }

    /**
     * Sets both roles' passwords and replaces the {@code trust} of a fresh data directory (initdb's, as the embedded
     * server runs it) with password authentication, at each start, so that a data directory of an older launcher is
     * secured too.
     */
    private void requirePasswords(Path data, String superuser) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " password " + literal(superuser));
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                s.execute((rs.next() ? "alter role " : "create role ") + USER + " login password " + literal(password));
            }
            Files.writeString(data.resolve("pg_hba.conf"), HBA);
            s.execute("select pg_reload_conf()");
        }
    }

    private void ensureDatabases(List<String> databases) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
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
            try (Connection c = server.getDatabase(SUPERUSER, database).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create extension if not exists unaccent");
                s.execute("create extension if not exists pg_trgm");
                s.execute("create extension if not exists btree_gist");
            }
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
