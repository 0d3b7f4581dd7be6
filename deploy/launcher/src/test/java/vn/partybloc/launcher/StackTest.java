package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ports, URLs, databases and process specs all follow the variables README documents. */
class StackTest {

    private static final Path PROJECT = Path.of("/project");
    private static final Stack.Secrets SECRETS = new Stack.Secrets("generated", "the-consoles-state-secret");

    @Test
    void everyPortHasItsDocumentedVariableAndDefault() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        new Stack(PROJECT, Map.of()).ports().forEach(p -> ports.put(p.variable(), p.number()));
        assertEquals(
                Map.ofEntries(
                        Map.entry("POSTGRES_PORT", 5432),
                        Map.entry("KAFKA_PORT", 9092),
                        Map.entry("KAFKA_CONTROLLER_PORT", 9093),
                        Map.entry("KEYCLOAK_PORT", 8180),
                        Map.entry("KEYCLOAK_MANAGEMENT_PORT", 9180),
                        Map.entry("ORGANIZATION_SERVICE_PORT", 8081),
                        Map.entry("MEMBER_SERVICE_PORT", 8082),
                        Map.entry("TRAINING_SERVICE_PORT", 8083),
                        Map.entry("EVALUATION_SERVICE_PORT", 8084),
                        Map.entry("GATEWAY_PORT", 8080),
                        Map.entry("ADMIN_UI_PORT", 3000),
                        Map.entry("ORGANIZATION_SERVICE_MANAGEMENT_PORT", 9081),
                        Map.entry("MEMBER_SERVICE_MANAGEMENT_PORT", 9082),
                        Map.entry("TRAINING_SERVICE_MANAGEMENT_PORT", 9083),
                        Map.entry("EVALUATION_SERVICE_MANAGEMENT_PORT", 9084),
                        Map.entry("GATEWAY_MANAGEMENT_PORT", 9080),
                        Map.entry("ADMIN_UI_MANAGEMENT_PORT", 4000)),
                ports);
    }

    @Test
    void theServicesStartBeforeTheGatewayAndTheConsoleEachFromItsJarOnItsOwnDatabase() {
        Stack stack = new Stack(PROJECT, Map.of());
        List<ServiceProcess.Spec> processes = stack.processes(SECRETS);
        assertEquals(
                List.of(
                        "organization-service",
                        "member-service",
                        "training-service",
                        "evaluation-service",
                        "gateway",
                        "admin-ui"),
                processes.stream().map(ServiceProcess.Spec::name).toList());
        assertEquals(
                PROJECT.resolve("training-service/target/quarkus-app/quarkus-run.jar"),
                processes.get(2).jar());
        assertEquals(
                PROJECT.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                processes.get(4).jar());
        assertEquals(List.of("organizations", "members", "training", "evaluations", "keycloak"), stack.databases());
        assertEquals(
                "jdbc:postgresql://localhost:5432/evaluations",
                processes.get(3).env().get("DB_URL"));
    }

    @Test
    void aMovedPortMovesTheProcessItsHealthCheckAndWhatOthersAreToldOfIt() {
        Stack stack = new Stack(
                PROJECT,
                Map.of(
                        "MEMBER_SERVICE_PORT", "28082",
                        "MEMBER_SERVICE_MANAGEMENT_PORT", "29082",
                        "POSTGRES_PORT", "25432",
                        "KAFKA_PORT", "29092",
                        "KEYCLOAK_PORT", "28180",
                        "GATEWAY_PORT", " 28080 "));
        ServiceProcess.Spec member = stack.process(Application.MEMBER, SECRETS);
        assertEquals(28082, member.port());
        assertEquals(URI.create("http://localhost:29082/q/health/ready"), member.readiness());
        assertEquals(
                Map.of(
                        "MANAGEMENT_PORT", "29082",
                        "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                        "QUARKUS_HTTP_HOST", "127.0.0.1",
                        "DB_URL", "jdbc:postgresql://localhost:25432/members",
                        "DB_USER", "partybloc",
                        "DB_PASSWORD", "generated",
                        "KAFKA_BOOTSTRAP_SERVERS", "localhost:29092",
                        "PARTYBLOC_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                        "PARTYBLOC_WEBHOOKS_ALLOW_HTTP", "true",
                        "OIDC_AUTH_SERVER_URL", "http://localhost:28180/realms/partybloc"),
                member.env());
        ServiceProcess.Spec gateway = stack.process(Application.GATEWAY, SECRETS);
        assertEquals(28080, gateway.port());
        assertEquals(URI.create("http://localhost:9080/q/health/ready"), gateway.readiness());
        assertEquals(
                Map.of(
                        "MANAGEMENT_PORT", "9080",
                        "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                        "ORGANIZATION_SERVICE_URL", "http://localhost:8081",
                        "MEMBER_SERVICE_URL", "http://localhost:28082",
                        "TRAINING_SERVICE_URL", "http://localhost:8083",
                        "EVALUATION_SERVICE_URL", "http://localhost:8084",
                        "OIDC_AUTH_SERVER_URL", "http://localhost:28180/realms/partybloc"),
                gateway.env());
    }

    @Test
    void theConsoleIsToldWhereTheGatewayAndTheRealmAreAndKeepsItsStateSecret() {
        Stack stack = new Stack(PROJECT, Map.of("GATEWAY_PORT", "28080", "ADMIN_UI_PORT", "23000"));
        ServiceProcess.Spec console = stack.process(Application.ADMIN_UI, SECRETS);
        assertEquals(23000, console.port());
        assertEquals(URI.create("http://localhost:4000/q/health/ready"), console.readiness());
        assertEquals(
                Map.of(
                        "MANAGEMENT_PORT", "4000",
                        "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                        "GATEWAY_URL", "http://localhost:28080",
                        "ADMIN_UI_STATE_SECRET", "the-consoles-state-secret",
                        "OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/partybloc"),
                console.env());
    }
}
