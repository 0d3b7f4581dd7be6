package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the Compose file is checked by reading it: every application gets the settings
 * whose defaults only work on one machine, every file it mounts or builds from exists, images match our versions.
 */
class ComposeFileTest {

    private static final Path PROJECT = Path.of(System.getProperty("partybloc.project", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+):([^}]*)}");

    /** Health is on the management interface, not on the API's port. */
    private static final Pattern MANAGEMENT_PORT =
            Pattern.compile("quarkus\\.management\\.port=\\$\\{MANAGEMENT_PORT:(\\d+)}");

    private final JsonNode compose = read();

    @Test
    void everyApplicationIsToldWhereItsInfrastructureIs() throws Exception {
        List<String> problems = new ArrayList<>();
        int applications = 0;
        for (var entry : iterable(compose.path("services").fields())) {
            JsonNode build = entry.getValue().path("build");
            if (build.isMissingNode()) {
                continue;
            }
            applications++;
            Path properties = PROJECT.resolve(build.path("context").asText())
                    .resolve("src/main/resources/application.properties");
            Matcher m = PLACEHOLDER.matcher(Files.readString(properties));
            while (m.find()) {
                // A default naming localhost is right for ./run.sh and wrong inside a container.
                if (m.group(2).contains("localhost")
                        && !entry.getValue().path("environment").has(m.group(1))) {
                    problems.add(entry.getKey() + " does not set " + m.group(1) + " (default " + m.group(2) + ")");
                }
            }
            assertTrue(entry.getValue().path("healthcheck").has("test"), entry.getKey() + " has no health check");
            assertEquals(
                    "true",
                    entry.getValue().path("environment").path("LOG_JSON").asText(),
                    entry.getKey() + " logs JSON lines, as on Kubernetes");
            assertEquals(
                    "http://otel-collector:4317",
                    entry.getValue()
                            .path("environment")
                            .path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")
                            .asText(),
                    entry.getKey() + " sends its spans to the collector");
            Matcher port = MANAGEMENT_PORT.matcher(Files.readString(properties));
            assertTrue(port.find(), entry.getKey() + " names no management port");
            assertTrue(
                    entry.getValue()
                            .path("healthcheck")
                            .path("test")
                            .toString()
                            .contains("localhost:" + port.group(1) + "/q/health/ready"),
                    entry.getKey() + ": the health check asks the management port " + port.group(1));
        }
        assertEquals(5, applications, "the four services and the gateway are built by Compose");
        assertTrue(compose.path("services").has("otel-collector"), "a collector receives the spans");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Only the gateway (and Keycloak, for logins) is published to other machines; the rest on loopback only. */
    @Test
    void onlyTheGatewayAndKeycloakArePublishedBeyondThisMachine() {
        List<String> open = new ArrayList<>();
        for (var entry : iterable(compose.path("services").fields())) {
            for (JsonNode port : entry.getValue().path("ports")) {
                if (!port.asText().startsWith("127.0.0.1:")) {
                    open.add(entry.getKey());
                }
            }
        }
        assertEquals(List.of("keycloak", "gateway"), open);
    }

    /** No password is written in the file: each comes from a variable Compose refuses to start without. */
    @Test
    void everyPasswordComesFromTheEnvironmentWithNoDefault() {
        List<String> written = new ArrayList<>();
        for (var service : iterable(compose.path("services").fields())) {
            for (var variable : iterable(service.getValue().path("environment").fields())) {
                if (variable.getKey().endsWith("PASSWORD")
                        && !variable.getValue().asText().matches("\\$\\{[A-Z_]+:\\?.+}")) {
                    written.add(service.getKey() + " " + variable.getKey());
                }
            }
        }
        assertEquals(List.of(), written);
    }

    @Test
    void keycloaksMasterAdminPasswordComesFromTheEnvironmentWithNoDefault() {
        String password = compose.path("services")
                .path("keycloak")
                .path("environment")
                .path("KC_BOOTSTRAP_ADMIN_PASSWORD")
                .asText();
        assertTrue(password.matches("\\$\\{[A-Z_]+:\\?.+}"), password);
    }

    @Test
    void everyFileComposeBuildsFromOrMountsExists() {
        for (var entry : iterable(compose.path("services").fields())) {
            JsonNode build = entry.getValue().path("build");
            if (!build.isMissingNode()) {
                Path context = PROJECT.resolve(build.path("context").asText());
                assertTrue(Files.isDirectory(context), context.toString());
                assertTrue(
                        Files.isRegularFile(
                                context.resolve(build.path("dockerfile").asText())),
                        entry.getKey() + " dockerfile");
            }
            for (JsonNode volume : entry.getValue().path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertTrue(Files.exists(PROJECT.resolve(source)), entry.getKey() + " mounts a missing " + source);
                }
            }
        }
    }

    @Test
    void dependenciesWaitForHealthAndImagesMatchTheVersionsWeTestWith() throws Exception {
        for (var entry : iterable(compose.path("services").fields())) {
            for (var dependency : iterable(entry.getValue().path("depends_on").fields())) {
                assertEquals(
                        "service_healthy",
                        dependency.getValue().path("condition").asText(),
                        entry.getKey() + " → " + dependency.getKey());
                assertTrue(compose.path("services").has(dependency.getKey()), dependency.getKey());
            }
        }
        String keycloakPom = Files.readString(PROJECT.resolve("deploy/keycloak/pom.xml"));
        String version = keycloakPom.replaceAll("(?s).*<keycloak.version>([^<]+)</keycloak.version>.*", "$1");
        assertEquals(
                "quay.io/keycloak/keycloak:" + version,
                compose.at("/services/keycloak/image").asText());
        assertTrue(compose.at("/services/keycloak/command").toString().contains("--import-realm"));
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(PROJECT.resolve("docker-compose.yml").toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
