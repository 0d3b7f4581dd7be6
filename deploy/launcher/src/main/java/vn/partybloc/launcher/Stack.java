package vn.partybloc.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack keeps its data, which ports it uses (each from its environment variable, README lists them),
 * and how it runs the {@link Application applications}.
 */
final class Stack {

    /** The address the services listen on: only this machine may call them. */
    static final String LOOPBACK = "127.0.0.1";

    private final Path project;
    private final Port postgres;
    private final Port kafka;
    private final Port kafkaController;
    private final Port keycloak;
    private final Port keycloakManagement;
    private final Map<Application, Port> applications = new EnumMap<>(Application.class);
    private final Map<Application, Port> managements = new EnumMap<>(Application.class);

    Stack(Path project, Map<String, String> env) {
        this.project = project;
        postgres = Port.of(env, "PostgreSQL", "POSTGRES_PORT", 5432);
        kafka = Port.of(env, "Kafka", "KAFKA_PORT", 9092);
        kafkaController = Port.of(env, "Kafka controller", "KAFKA_CONTROLLER_PORT", 9093);
        keycloak = Port.of(env, "Keycloak", "KEYCLOAK_PORT", 8180);
        keycloakManagement = Port.of(env, "Keycloak management", "KEYCLOAK_MANAGEMENT_PORT", 9180);
        for (Application application : Application.values()) {
            applications.put(
                    application,
                    Port.of(env, application.displayName(), application.portVariable(), application.defaultPort()));
            managements.put(
                    application,
                    Port.of(
                            env,
                            application.displayName() + " management",
                            application.managementPortVariable(),
                            application.defaultManagementPort()));
        }
    }

    Path project() {
        return project;
    }

    /** Data, logs and the pid file: {@code .local/} unless {@code -Dpartybloc.data} names another folder (tests). */
    Path home() {
        String data = System.getProperty("partybloc.data");
        return data == null
                ? project.resolve(".local")
                : Path.of(data).toAbsolutePath().normalize();
    }

    Path logs() {
        return home().resolve("logs");
    }

    int postgresPort() {
        return postgres.number();
    }

    int kafkaPort() {
        return kafka.number();
    }

    int kafkaControllerPort() {
        return kafkaController.number();
    }

    int keycloakPort() {
        return keycloak.number();
    }

    int keycloakManagementPort() {
        return keycloakManagement.number();
    }

    String oidcUrl() {
        return "http://localhost:" + keycloak.number() + "/realms/partybloc";
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.number() + "/" + database;
    }

    int port(Application application) {
        return applications.get(application).number();
    }

    String url(Application application) {
        return "http://localhost:" + port(application);
    }

    int managementPort(Application application) {
        return managements.get(application).number();
    }

    /** Health and metrics: on the management interface, not on the API's port. */
    String managementUrl(Application application) {
        return "http://localhost:" + managementPort(application);
    }

    URI readiness(Application application) {
        return URI.create(managementUrl(application) + "/q/health/ready");
    }

    /** The databases of the embedded server: one per service, and Keycloak's. */
    List<String> databases() {
        List<String> databases =
                new ArrayList<>(services().stream().map(Application::database).toList());
        databases.add("keycloak");
        return databases;
    }

    /** What the applications are started with that the stack keeps secret. */
    record Secrets(String databasePassword, String consoleState) {}

    /** The applications as processes, in start order. */
    List<ServiceProcess.Spec> processes(Secrets secrets) {
        return Arrays.stream(Application.values())
                .map(application -> process(application, secrets))
                .toList();
    }

    /**
     * A service runs on its own database with the broker and the realm, reachable from this machine only (the gateway
     * is the way in); the gateway is told where the services are, the console where the gateway is.
     */
    ServiceProcess.Spec process(Application application, Secrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort(application)));
        env.put("QUARKUS_MANAGEMENT_HOST", LOOPBACK);
        if (application.isService()) {
            env.put("QUARKUS_HTTP_HOST", LOOPBACK);
            env.put("DB_URL", jdbcUrl(application.database()));
            env.put("DB_USER", Postgres.USER);
            env.put("DB_PASSWORD", secrets.databasePassword());
            env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafka.number());
            // Everything of the local stack is on this machine: an integrator tries webhooks on a receiver here.
            env.put("PARTYBLOC_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
            env.put("PARTYBLOC_WEBHOOKS_ALLOW_HTTP", "true");
        } else if (application.isConsole()) {
            env.put("GATEWAY_URL", url(Application.GATEWAY));
            env.put("ADMIN_UI_STATE_SECRET", secrets.consoleState());
        } else {
            services().forEach(service -> env.put(service.gatewayUrlVariable(), url(service)));
        }
        env.put("OIDC_AUTH_SERVER_URL", oidcUrl());
        return new ServiceProcess.Spec(
                application.displayName(),
                port(application),
                readiness(application),
                application.jar(project),
                Map.copyOf(env));
    }

    /** Every port the stack listens on. */
    List<Port> ports() {
        List<Port> ports = new ArrayList<>(List.of(postgres, kafka, kafkaController));
        ports.addAll(applications.values());
        ports.addAll(managements.values());
        ports.addAll(List.of(keycloak, keycloakManagement));
        return ports;
    }

    void checkPortsFree() {
        for (Port port : ports()) {
            try (ServerSocket socket = new ServerSocket(port.number())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port.number() + " for " + port.label()
                        + " is already in use; free it or set the variable named in brackets to another port");
            }
        }
    }

    void printUrls() {
        String gateway = url(Application.GATEWAY);
        Console.info("  Admin console         " + url(Application.ADMIN_UI) + " (log in as a demo user below)");
        Console.info("  Gateway (the API)     " + gateway + "/api/v1/...");
        Console.info("  Swagger UI            " + gateway + "/q/swagger-ui (log in: client partybloc-swagger-ui)");
        Console.info("  OpenAPI (merged)      " + gateway + "/q/openapi");
        for (Application service : services()) {
            Console.info(String.format("  %-21s %s (direct, for diagnosis)", service.displayName(), url(service)));
        }
        Console.info("  Health and metrics    " + managementUrl(Application.GATEWAY)
                + "/q/health, /q/metrics (the gateway's; each service's on its own management port)");
        Console.info("  Kafka                 localhost:" + kafka.number());
        Console.info("  PostgreSQL            localhost:" + postgres.number() + " (user " + Postgres.USER
                + ", password in " + new LocalSecrets(home()).path(LocalSecrets.POSTGRES_APP) + ")");
        Console.info("  Keycloak admin        http://localhost:" + keycloak.number() + "/admin (admin, password in "
                + new LocalSecrets(home()).path(LocalSecrets.KEYCLOAK_ADMIN) + ")");
        Console.info("  Realm                 " + oidcUrl());
        Console.info("");
        Console.info("Demo logins (local use only), client partybloc-scripts (password grant) or a front end:");
        Console.info("  admin / admin-demo, organizer / organizer-demo, inspector / inspector-demo,");
        Console.info("  secretary / secretary-demo, viewer / viewer-demo");
        Console.info("  HR system: client hr-integration, secret hr-integration-local-secret (client credentials)");
        Console.info("Try: TOKEN=$(curl -s -d grant_type=password -d client_id=partybloc-scripts -d username=admin \\");
        Console.info("       -d password=admin-demo " + oidcUrl()
                + "/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        Console.info("     curl -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/organizations");
    }

    void printHealth() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (Application application : Application.values()) {
            String state;
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(readiness(application)).build(), HttpResponse.BodyHandlers.ofString());
                state = response.statusCode() == 200 ? "ready" : "not ready (" + response.statusCode() + ")";
            } catch (IOException e) {
                state = "down";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Console.info(String.format("  %-24s %s", application.displayName(), state));
        }
    }

    Optional<Long> runningPid() {
        Path pid = home().resolve("launcher.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(Files.readString(pid).strip());
            return ProcessHandle.of(value).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void writePid() {
        try {
            Files.createDirectories(home());
            Files.writeString(
                    home().resolve("launcher.pid"),
                    Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clearPid() {
        try {
            Files.deleteIfExists(home().resolve("launcher.pid"));
        } catch (IOException ignored) {
            // the next start checks whether that pid is alive
        }
    }

    private List<Application> services() {
        return Arrays.stream(Application.values())
                .filter(Application::isService)
                .toList();
    }
}
