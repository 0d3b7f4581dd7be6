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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the local stack keeps its data, which ports it uses, and which services it runs. */
final class Stack {

    static final int GATEWAY_PORT = intEnv("GATEWAY_PORT", 8080);
    static final int ORGANIZATION_PORT = intEnv("ORGANIZATION_SERVICE_PORT", 8081);
    static final int MEMBER_PORT = intEnv("MEMBER_SERVICE_PORT", 8082);
    static final int TRAINING_PORT = intEnv("TRAINING_SERVICE_PORT", 8083);
    static final int EVALUATION_PORT = intEnv("EVALUATION_SERVICE_PORT", 8084);
    static final int KAFKA_PORT = intEnv("KAFKA_PORT", 9092);
    static final int KAFKA_CONTROLLER_PORT = intEnv("KAFKA_CONTROLLER_PORT", 9093);
    static final int POSTGRES_PORT = intEnv("POSTGRES_PORT", 5432);
    static final int KEYCLOAK_PORT = intEnv("KEYCLOAK_PORT", 8180);
    static final int KEYCLOAK_MANAGEMENT_PORT = intEnv("KEYCLOAK_MANAGEMENT_PORT", 9180);
    static final String OIDC_URL = "http://localhost:" + KEYCLOAK_PORT + "/realms/partybloc";

    private final Path project;

    Stack(Path project) {
        this.project = project;
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

    /** The applications, in start order: the services, then the gateway in front of them. */
    List<ServiceProcess.Spec> services(Postgres postgres) {
        return List.of(
                service("organization-service", ORGANIZATION_PORT, postgres, "organizations"),
                service("member-service", MEMBER_PORT, postgres, "members"),
                service("training-service", TRAINING_PORT, postgres, "training"),
                service("evaluation-service", EVALUATION_PORT, postgres, "evaluations"),
                new ServiceProcess.Spec(
                        "gateway",
                        GATEWAY_PORT,
                        project.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                        Map.of(
                                "ORGANIZATION_SERVICE_URL",
                                "http://localhost:" + ORGANIZATION_PORT,
                                "MEMBER_SERVICE_URL",
                                "http://localhost:" + MEMBER_PORT,
                                "TRAINING_SERVICE_URL",
                                "http://localhost:" + TRAINING_PORT,
                                "EVALUATION_SERVICE_URL",
                                "http://localhost:" + EVALUATION_PORT,
                                "OIDC_AUTH_SERVER_URL",
                                OIDC_URL)));
    }

    /** A service from its packaged jar, on its own database of the embedded server, with the broker and the realm. */
    private ServiceProcess.Spec service(String name, int port, Postgres postgres, String database) {
        return new ServiceProcess.Spec(
                name,
                port,
                project.resolve(name + "/target/quarkus-app/quarkus-run.jar"),
                Map.of(
                        "DB_URL",
                        postgres.jdbcUrl(database),
                        "DB_USER",
                        Postgres.USER,
                        "DB_PASSWORD",
                        Postgres.PASSWORD,
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "localhost:" + KAFKA_PORT,
                        "OIDC_AUTH_SERVER_URL",
                        OIDC_URL));
    }

    void checkPortsFree() {
        Map<String, Integer> ports = Map.of(
                "PostgreSQL (POSTGRES_PORT)",
                POSTGRES_PORT,
                "Kafka (KAFKA_PORT)",
                KAFKA_PORT,
                "Kafka controller (KAFKA_CONTROLLER_PORT)",
                KAFKA_CONTROLLER_PORT,
                "organization-service (ORGANIZATION_SERVICE_PORT)",
                ORGANIZATION_PORT,
                "member-service (MEMBER_SERVICE_PORT)",
                MEMBER_PORT,
                "training-service (TRAINING_SERVICE_PORT)",
                TRAINING_PORT,
                "evaluation-service (EVALUATION_SERVICE_PORT)",
                EVALUATION_PORT,
                "gateway (GATEWAY_PORT)",
                GATEWAY_PORT,
                "Keycloak (KEYCLOAK_PORT)",
                KEYCLOAK_PORT,
                "Keycloak management (KEYCLOAK_MANAGEMENT_PORT)",
                KEYCLOAK_MANAGEMENT_PORT);
        ports.forEach((part, port) -> {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " for " + part + " is already in use; free it or set "
                        + "the variable named in brackets to another port");
            }
        });
    }

    void printUrls() {
        Console.info("  Gateway (the API)     http://localhost:" + GATEWAY_PORT + "/api/v1/...");
        Console.info("  Swagger UI            http://localhost:" + GATEWAY_PORT
                + "/q/swagger-ui (log in: client partybloc-swagger-ui)");
        Console.info("  OpenAPI (merged)      http://localhost:" + GATEWAY_PORT + "/q/openapi");
        Console.info("  organization-service  http://localhost:" + ORGANIZATION_PORT + " (direct, for diagnosis)");
        Console.info("  member-service        http://localhost:" + MEMBER_PORT + " (direct, for diagnosis)");
        Console.info("  training-service      http://localhost:" + TRAINING_PORT + " (direct, for diagnosis)");
        Console.info("  evaluation-service    http://localhost:" + EVALUATION_PORT + " (direct, for diagnosis)");
        Console.info("  Kafka                 localhost:" + KAFKA_PORT);
        Console.info("  PostgreSQL            localhost:" + POSTGRES_PORT + " (user " + Postgres.USER + ")");
        Console.info("  Keycloak admin        http://localhost:" + KEYCLOAK_PORT + "/admin (admin / admin)");
        Console.info("  Realm                 " + OIDC_URL);
        Console.info("");
        Console.info("Demo logins (local use only), client partybloc-admin-ui:");
        Console.info("  admin / admin-demo, organizer / organizer-demo, inspector / inspector-demo,");
        Console.info("  secretary / secretary-demo, viewer / viewer-demo");
        Console.info("  HR system: client hr-integration, secret hr-integration-local-secret (client credentials)");
        Console.info(
                "Try: TOKEN=$(curl -s -d grant_type=password -d client_id=partybloc-admin-ui -d username=admin \\");
        Console.info("       -d password=admin-demo " + OIDC_URL
                + "/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        Console.info("     curl -H \"Authorization: Bearer $TOKEN\" http://localhost:" + GATEWAY_PORT
                + "/api/v1/organizations");
    }

    void printHealth() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        ports.put("organization-service", ORGANIZATION_PORT);
        ports.put("member-service", MEMBER_PORT);
        ports.put("training-service", TRAINING_PORT);
        ports.put("evaluation-service", EVALUATION_PORT);
        ports.put("gateway", GATEWAY_PORT);
        for (ServiceProcess.Spec spec : ports.entrySet().stream()
                .map(e -> new ServiceProcess.Spec(e.getKey(), e.getValue(), null, Map.of()))
                .toList()) {
            String state;
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + spec.port() + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                state = response.statusCode() == 200 ? "ready" : "not ready (" + response.statusCode() + ")";
            } catch (IOException e) {
                state = "down";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Console.info(String.format("  %-24s %s", spec.name(), state));
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

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
