package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the Kustomize base: what every application needs to run well on a cluster is declared, and nothing drifts. */
class KubernetesManifestsTest {

    static final Path PROJECT = Path.of(System.getProperty("partybloc.project", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path BASE = PROJECT.resolve("deploy/k8s/base");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<JsonNode> resources = readBase();

    @Test
    void everyApplicationHasProbesResourcesAServiceAnAutoscalerAndADisruptionBudget() {
        List<JsonNode> deployments = ofKind("Deployment");
        assertEquals(5, deployments.size(), "the four services and the gateway");
        for (JsonNode deployment : deployments) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals(
                    "/q/health/ready",
                    container.at("/readinessProbe/httpGet/path").asText(),
                    name);
            assertEquals(
                    "/q/health/live",
                    container.at("/livenessProbe/httpGet/path").asText(),
                    name);
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertEquals(
                        "management",
                        container.at("/" + probe + "/httpGet/port").asText(),
                        name + " " + probe + " on the management port");
            }
            assertFalse(
                    ofKind("Service").stream()
                            .filter(s -> s.at("/metadata/name").asText().equals(name))
                            .anyMatch(s -> s.at("/spec/ports").toString().contains("management")),
                    name + ": the Service carries only the API's port");
            assertFalse(container.at("/resources/requests/cpu").isMissingNode(), name);
            assertFalse(container.at("/resources/limits/memory").isMissingNode(), name);
            assertTrue(
                    ofKind("Service").stream()
                            .anyMatch(s -> s.at("/metadata/name").asText().equals(name)),
                    name + " service");
            assertTrue(
                    ofKind("HorizontalPodAutoscaler").stream()
                            .anyMatch(h ->
                                    h.at("/spec/scaleTargetRef/name").asText().equals(name)),
                    name + " autoscaler");
            assertTrue(
                    ofKind("PodDisruptionBudget").stream()
                            .anyMatch(p -> p.at("/spec/selector/matchLabels")
                                    .toString()
                                    .contains(name)),
                    name + " disruption budget");
        }
        assertEquals(
                "gateway",
                ofKind("Ingress")
                        .get(0)
                        .at("/spec/rules/0/http/paths/0/backend/service/name")
                        .asText());
    }

    /** Every service's pods, and no other, take connections from the gateway's pods alone (issue 14). */
    @Test
    void onlyTheGatewayMayCallTheServices() {
        List<JsonNode> policies = ofKind("NetworkPolicy");
        assertEquals(1, policies.size());
        JsonNode policy = policies.get(0);
        assertEquals("[\"Ingress\"]", policy.at("/spec/policyTypes").toString());
        List<String> selected = new ArrayList<>();
        policy.at("/spec/podSelector/matchExpressions/0/values").forEach(v -> selected.add(v.asText()));
        List<String> services = new ArrayList<>();
        for (JsonNode deployment : ofKind("Deployment")) {
            String name = deployment
                    .at("/spec/template/metadata/labels/app.kubernetes.io~1name")
                    .asText();
            if (!name.equals("gateway")) {
                services.add(name);
            }
        }
        assertEquals(4, services.size());
        assertEquals(new java.util.TreeSet<>(services), new java.util.TreeSet<>(selected));
        assertEquals(
                "app.kubernetes.io/name",
                policy.at("/spec/podSelector/matchExpressions/0/key").asText());
        assertEquals(
                "In", policy.at("/spec/podSelector/matchExpressions/0/operator").asText());
        JsonNode ingress = policy.at("/spec/ingress");
        assertEquals(2, ingress.size());
        assertEquals(1, ingress.at("/0/from").size());
        assertEquals(
                "{\"app.kubernetes.io/name\":\"gateway\"}",
                ingress.at("/0/from/0/podSelector/matchLabels").toString());
        assertEquals("http", ingress.at("/0/ports/0/port").asText());
        assertEquals(
                "{\"kubernetes.io/metadata.name\":\"monitoring\"}",
                ingress.at("/1/from/0/namespaceSelector/matchLabels").toString(),
                "the scraper, from the monitoring namespace");
        assertEquals("management", ingress.at("/1/ports/0/port").asText());
        assertEquals(1, ingress.at("/1/ports").size());
    }

    /** The database cluster archives its WAL to an object store and takes a base backup every night (issue 14). */
    @Test
    void theDatabaseIsBackedUpEveryNightToTheObjectStoreItArchivesTo() {
        JsonNode cluster = ofKind("Cluster").get(0);
        JsonNode plugin = cluster.at("/spec/plugins/0");
        assertEquals("barman-cloud.cloudnative-pg.io", plugin.path("name").asText());
        assertTrue(plugin.path("isWALArchiver").asBoolean());
        String store = plugin.at("/parameters/barmanObjectName").asText();
        JsonNode objectStore = ofKind("ObjectStore").get(0);
        assertEquals(store, objectStore.at("/metadata/name").asText());
        assertTrue(
                objectStore.at("/spec/configuration/destinationPath").asText().startsWith("s3://"));
        assertFalse(objectStore.at("/spec/retentionPolicy").isMissingNode());
        JsonNode nightly = ofKind("ScheduledBackup").get(0);
        assertEquals(
                cluster.at("/metadata/name").asText(),
                nightly.at("/spec/cluster/name").asText());
        assertEquals("plugin", nightly.at("/spec/method").asText());
        assertEquals(
                "barman-cloud.cloudnative-pg.io",
                nightly.at("/spec/pluginConfiguration/name").asText());
        assertEquals(6, nightly.at("/spec/schedule").asText().split(" ").length, "CloudNativePG's cron has seconds");
    }

    @Test
    void behindTheTlsIngressTheGatewayTrustsTheForwardedSchemeAndHostOfTheClusterNetwork() throws Exception {
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        JsonNode gateway = null;
        for (JsonNode map : kustomization.path("configMapGenerator")) {
            if (map.path("name").asText().equals("gateway-config")) {
                gateway = map;
            }
        }
        assertTrue(gateway != null, "no gateway-config");
        List<String> literals = new ArrayList<>();
        gateway.path("literals").forEach(l -> literals.add(l.asText()));
        // Without it the gateway replaces the ingress's X-Forwarded-Proto: https with its own http.
        assertTrue(
                literals.contains("GATEWAY_TRUSTED_PROXIES=10.0.0.0/8,172.16.0.0/12,192.168.0.0/16"),
                "gateway-config: " + literals);
    }

    /** Every application logs JSON lines and sends its spans to the monitoring namespace's collector. */
    @Test
    void everyApplicationLogsJsonAndSendsItsSpansToTheCollector() throws Exception {
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        int applications = 0;
        for (JsonNode map : kustomization.path("configMapGenerator")) {
            if (!map.path("name").asText().endsWith("-config")) {
                continue;
            }
            applications++;
            List<String> literals = new ArrayList<>();
            map.path("literals").forEach(l -> literals.add(l.asText()));
            assertTrue(literals.contains("LOG_JSON=true"), map.path("name") + ": " + literals);
            assertTrue(
                    literals.contains("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.monitoring:4317"),
                    map.path("name") + ": " + literals);
        }
        assertEquals(5, applications);
    }

    /** Keycloak gets the Quarkus settings the local stack and Compose give it, from deploy/keycloak/quarkus.properties. */
    @Test
    void keycloakValidatesItsPooledConnectionsAsLocally() throws Exception {
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        List<String> literals = new ArrayList<>();
        for (JsonNode map : kustomization.path("configMapGenerator")) {
            if (map.path("name").asText().equals("keycloak-quarkus")) {
                map.path("literals").forEach(l -> literals.add(l.asText()));
            }
        }
        List<String> settings = Files.readAllLines(PROJECT.resolve("deploy/keycloak/quarkus.properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertEquals(List.of("quarkus.properties=" + String.join("\n", settings)), literals, "keycloak-quarkus");
        JsonNode pod = ofKind("Keycloak").get(0).at("/spec/unsupported/podTemplate/spec");
        assertEquals(
                "/opt/keycloak/conf/quarkus.properties",
                pod.at("/containers/0/volumeMounts/0/mountPath").asText());
        assertEquals("keycloak-quarkus", pod.at("/volumes/0/configMap/name").asText());
    }

    @Test
    void theEnginesAreTheOperatorsResources() {
        assertEquals(1, ofKind("Kafka").size());
        assertEquals(1, ofKind("Cluster").size());
        assertEquals(1, ofKind("Keycloak").size());
        for (String topic : List.of(
                "party.organizations.v1",
                "party.members.v1",
                "party.positions.v1",
                "party.meetings.v1",
                "party.training.v1",
                "party.evaluations.v1")) {
            assertTrue(
                    ofKind("KafkaTopic").stream()
                            .anyMatch(t -> t.at("/metadata/name").asText().equals(topic)),
                    topic);
        }
    }

    @Test
    void theRealmImportIsTheLocalRealmWithoutDemoUsersSecretsOrTheScriptsClient() throws Exception {
        ObjectNode local = (ObjectNode) new ObjectMapper()
                .readTree(
                        PROJECT.resolve("deploy/keycloak/realm-partybloc.json").toFile());
        local.remove("users");
        local.withArray("clients").forEach(c -> ((ObjectNode) c).remove("secret"));
        // the password grant of scripts and tests stays local
        for (int i = local.withArray("clients").size() - 1; i >= 0; i--) {
            if (local.withArray("clients").get(i).path("clientId").asText().equals("partybloc-scripts")) {
                local.withArray("clients").remove(i);
            }
        }
        assertEquals(
                local,
                ofKind("KeycloakRealmImport").get(0).at("/spec/realm"),
                "regenerate deploy/k8s/base/keycloak-realm-import.yaml from the realm file");
    }

    @Test
    void theProductionOverlayRenders() throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed; the YAML checks above still ran");
        Process render = new ProcessBuilder(
                        "kubectl",
                        "kustomize",
                        PROJECT.resolve("deploy/k8s/overlays/production").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(render.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, render.exitValue(), output);
        assertTrue(output.contains("registry.partybloc.local/partybloc/gateway:1.0.0"), "the overlay's images");
        assertTrue(output.contains("minReplicas: 3"), "the overlay's autoscaling");
    }

    private List<JsonNode> ofKind(String kind) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
    }

    static List<JsonNode> readBase() {
        try {
            JsonNode kustomization =
                    YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
            List<JsonNode> all = new ArrayList<>();
            for (JsonNode file : kustomization.path("resources")) {
                Path path = BASE.resolve(file.asText());
                assertTrue(Files.exists(path), "kustomization lists a missing " + path);
                try (YAMLParser parser = new YAMLFactory().createParser(path.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(all::add);
                }
            }
            return all;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
