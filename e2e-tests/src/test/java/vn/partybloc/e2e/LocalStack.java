package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole system, started once per test JVM exactly as {@code ./run.sh} starts it (the packaged launcher), on free
 * ports chosen for this run so it never meets a developer's running stack or another run, with its data under
 * {@code target/}. Starting and loading the demo data are given up when the launcher prints nothing for
 * {@link #QUIET_LIMIT} (it prints each part started and the loaders' progress), not after a fixed total, so a slow
 * machine that is still making progress is not failed.
 */
final class LocalStack {

    /** The lowest port the stack is started on: from here up to the system's ephemeral range. */
    private static final int LOWEST_PORT = 20_000;

    private static final Map<String, Integer> PORTS = freePorts(
            "GATEWAY_PORT",
            "KEYCLOAK_PORT",
            "KEYCLOAK_MANAGEMENT_PORT",
            "POSTGRES_PORT",
            "KAFKA_PORT",
            "KAFKA_CONTROLLER_PORT",
            "ORGANIZATION_SERVICE_PORT",
            "MEMBER_SERVICE_PORT",
            "TRAINING_SERVICE_PORT",
            "EVALUATION_SERVICE_PORT",
            "GATEWAY_MANAGEMENT_PORT",
            "ORGANIZATION_SERVICE_MANAGEMENT_PORT",
            "MEMBER_SERVICE_MANAGEMENT_PORT",
            "TRAINING_SERVICE_MANAGEMENT_PORT",
            "EVALUATION_SERVICE_MANAGEMENT_PORT",
            "ADMIN_UI_PORT",
            "ADMIN_UI_MANAGEMENT_PORT");
    static final int GATEWAY = PORTS.get("GATEWAY_PORT");
    static final int KEYCLOAK = PORTS.get("KEYCLOAK_PORT");
    static final int CONSOLE = PORTS.get("ADMIN_UI_PORT");
    static final Duration QUIET_LIMIT = Duration.ofMinutes(3);
    /** A backstop only: a launcher that keeps printing but never finishes. */
    private static final Duration TOTAL_LIMIT = Duration.ofMinutes(30);

    /** An argument in PostgreSQL's {@code postmaster.opts}, which quotes each. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private static Process launcher;
    private static final List<String> output = new ArrayList<>();

    private LocalStack() {}

    static synchronized void ensureStarted() {
        if (launcher != null) {
            return;
        }
        String data = System.getProperty("partybloc.e2e.data", "target/stack");
        ProcessBuilder builder = launcher("start");
        try {
            // A fresh stack every run: the journeys add to the demo Bloc, and the demo figures are checked exactly.
            if (new File(data).exists()) {
                try (var files = java.nio.file.Files.walk(Path.of(data))) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            new File(data).mkdirs();
            launcher = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run the launcher", e);
        }
        Progress progress = Progress.follow(launcher, "stack", line -> {
            synchronized (output) {
                output.add(line);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(LocalStack::stop));
        if (!progress.awaitLine("system is up", QUIET_LIMIT, TOTAL_LIMIT)) {
            stop();
            throw new IllegalStateException("The stack did not start; launcher output:\n" + String.join("\n", output));
        }
        io.restassured.RestAssured.baseURI = "http://localhost";
        io.restassured.RestAssured.port = GATEWAY;
    }

    /** {@code ./run.sh demo} against this stack: the demo Bloc, loaded through the gateway. */
    static void loadDemoData() {
        Process demo;
        try {
            demo = launcher("demo").start();
        } catch (IOException e) {
            throw new IllegalStateException("could not load the demo data", e);
        }
        Progress progress = Progress.follow(demo, "demo", line -> {});
        if (!progress.awaitEnd(QUIET_LIMIT, TOTAL_LIMIT) || demo.exitValue() != 0) {
            demo.destroyForcibly();
            throw new IllegalStateException("loading the demo data failed or stalled");
        }
    }

    /** A launcher command against this stack, e.g. {@code logs <request id>}: what it printed, once it has ended. */
    static String run(String... command) throws IOException, InterruptedException {
        Process process = launcher(command).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("run.sh " + String.join(" ", command) + " failed: " + printed);
        }
        return printed;
    }

    private static ProcessBuilder launcher(String... command) {
        Path project = Path.of(System.getProperty("partybloc.project", ".."))
                .toAbsolutePath()
                .normalize();
        String data = data().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> arguments = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-Dpartybloc.home=" + project,
                "-Dpartybloc.data=" + data,
                "-jar",
                project.resolve("deploy/launcher/target/launcher.jar").toString()));
        arguments.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        PORTS.forEach((name, port) -> builder.environment().put(name, Integer.toString(port)));
        // The gateway keeps the register's answer about a secretary 5 s here rather than 30 s, so that a journey whose
        // secretary leaves office waits less.
        builder.environment().put("REGISTER_CACHE_FOR", "5s");
        // An event that waited 15 s turns the pipeline health group down, so that the broker outage of FaultsIT
        // (30 s) shows it; in production the threshold is 5 minutes.
        builder.environment().put("PARTYBLOC_OUTBOX_PIPELINE_MAX_AGE", "15s");
        // Every trace recorded and sent to the tests' own collector, as Compose and Kubernetes send theirs
        builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", TraceCollector.endpoint());
        builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.environment().put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "1");
        return builder;
    }

    /** The port the stack was given for that variable, e.g. {@code MEMBER_SERVICE_PORT}. */
    static int port(String variable) {
        return PORTS.get(variable);
    }

    /** The stack's data folder, where the launcher keeps databases, logs and the secrets it made. */
    static Path data() {
        return Path.of(System.getProperty("partybloc.e2e.data", "target/stack"));
    }

    /** Ports free now, all different: each socket is held until every one is chosen. */
    /**
     * Free ports, one a name, below the range the system gives outgoing connections their local ports from: a port
     * chosen there could be taken by an outgoing connection before the launcher binds it. Each is bound once to see
     * that it is free, from a random place on, so that two runs seldom try the same.
     */
    static Map<String, Integer> freePorts(String... names) {
        int span = Math.min(ephemeralRangeLow(), 32_768) - LOWEST_PORT;
        int from = new Random().nextInt(span);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int tried = 0; ports.size() < names.length; tried++) {
            if (tried == span) {
                throw new IllegalStateException("no free port from " + LOWEST_PORT + " up to the ephemeral range");
            }
            int port = LOWEST_PORT + (from + tried) % span;
            if (free(port)) {
                ports.put(names[ports.size()], port);
            }
        }
        return Map.copyOf(ports);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The lowest port of the system's ephemeral range (Linux's {@code ip_local_port_range}), or Linux's default. */
    private static int ephemeralRangeLow() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            // Read by lines: /proc reports a size of 0, which Files.readString takes at its word.
            return Files.exists(range)
                    ? Integer.parseInt(Files.readAllLines(range).get(0).split("\\s+")[0])
                    : 32_768;
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }

    static synchronized void stop() {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            try {
                if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The stack's running process whose command line names {@code part}, e.g. a service's jar or {@code kafka.Kafka}. */
    static ProcessHandle process(String part) {
        return launcher.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(part))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no running process of the stack names " + part));
    }

    /** Sends a signal (STOP, CONT) to a process of the stack, as {@code kill -<signal>} does. */
    static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /** A secret the launcher made for the stack, e.g. {@code postgres-password}. */
    static String secret(String name) throws IOException {
        return Files.readString(data().resolve("secrets").resolve(name)).strip();
    }

    /** Stops the stack's PostgreSQL as an operator's restart does: a fast shutdown, open transactions rolled back. */
    static void stopPostgres() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast", "-w");
    }

    /** Starts the stack's PostgreSQL again, with the options the launcher started it with. */
    static void startPostgres() throws IOException, InterruptedException {
        String opts = Files.readString(postgresData().resolve("postmaster.opts"));
        List<String> options = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(opts);
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        int data = options.indexOf("-D");
        options.subList(data, data + 2).clear();
        pgCtl(
                "start",
                "-w",
                "-o",
                String.join(" ", options),
                "-l",
                data().resolve("logs/postgres.log").toAbsolutePath().toString());
    }

    private static Path postgresData() {
        return data().resolve("postgres").toAbsolutePath();
    }

    private static void pgCtl(String... arguments) throws IOException, InterruptedException {
        Path binaries;
        try (var folders = Files.list(data().resolve("postgres-binaries"))) {
            binaries = folders.findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses root; as the embedded server itself was started, run it in a user namespace of its own
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                binaries.resolve("bin/pg_ctl").toAbsolutePath().toString(),
                "-D",
                postgresData().toString()));
        command.addAll(List.of(arguments));
        Process pgCtl = new ProcessBuilder(command).inheritIO().start();
        if (!pgCtl.waitFor(60, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
            throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed");
        }
    }

    /** A token from the real Keycloak for a demo user (password grant of the scripts client). */
    static String login(String user) {
        return given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "partybloc-scripts")
                .formParam("username", user)
                .formParam("password", user + "-demo")
                .post("/realms/partybloc/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /**
     * A new user of the partybloc realm with the role {@code secretary}, bound to an organization and a party member
     * (attributes org_id, member_id), made through Keycloak's admin API with the master admin's password the launcher
     * keeps in the stack's secrets; their password is the user name followed by {@code -demo}, as for the demo users.
     */
    static void addSecretary(String username, UUID organization, UUID member) throws IOException {
        String master = masterAdmin();
        given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .auth()
                .oauth2(master)
                .contentType("application/json")
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "email",
                        username + "@partybloc.local",
                        "emailVerified",
                        true,
                        "firstName",
                        "Bí thư",
                        "lastName",
                        "Thử",
                        "attributes",
                        Map.of("org_id", List.of(organization.toString()), "member_id", List.of(member.toString())),
                        "credentials",
                        List.of(Map.of("type", "password", "temporary", false, "value", username + "-demo"))))
                .post("/admin/realms/partybloc/users")
                .then()
                .statusCode(201);
        String id = given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .auth()
                .oauth2(master)
                .queryParam("username", username)
                .queryParam("exact", true)
                .get("/admin/realms/partybloc/users")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        Map<String, Object> role = given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .auth()
                .oauth2(master)
                .get("/admin/realms/partybloc/roles/secretary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .auth()
                .oauth2(master)
                .contentType("application/json")
                .body(List.of(role))
                .post("/admin/realms/partybloc/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
    }

    /** A token of the master realm's admin, whose password the launcher keeps in the stack's secrets. */
    private static String masterAdmin() throws IOException {
        String password = Files.readString(data().resolve("secrets/keycloak-admin-password"))
                .strip();
        return given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", password)
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /**
     * Lets the realm's admin front-end client send users back to this run's console, whose port is chosen for the run
     * (the realm file allows the console's usual port, 3000).
     */
    static void allowConsoleSignIn() throws IOException {
        String master = masterAdmin();
        Map<String, Object> client = given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .auth()
                .oauth2(master)
                .queryParam("clientId", "partybloc-admin-ui")
                .get("/admin/realms/partybloc/clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("[0]");
        List<Object> redirects = new ArrayList<>((List<?>) client.get("redirectUris"));
        String console = "http://localhost:" + CONSOLE + "/*";
        if (redirects.contains(console)) {
            return;
        }
        redirects.add(console);
        Map<String, Object> changed = new LinkedHashMap<>(client);
        changed.put("redirectUris", redirects);
        given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .auth()
                .oauth2(master)
                .contentType("application/json")
                .body(changed)
                .put("/admin/realms/partybloc/clients/" + client.get("id"))
                .then()
                .statusCode(204);
    }

    /** A token for the HR system (client-credentials grant of the confidential client). */
    static String hrSystem() {
        return given().baseUri("http://localhost")
                .port(KEYCLOAK)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "hr-integration")
                .formParam("client_secret", "hr-integration-local-secret")
                .post("/realms/partybloc/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
