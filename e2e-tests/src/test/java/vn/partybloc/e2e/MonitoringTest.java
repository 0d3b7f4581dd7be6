package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The monitoring an operator deploys (deploy/k8s/base/monitoring.yaml and the Grafana dashboard) reads only metrics of
 * the catalogue in docs/operations.md, every alert has its runbook there, and every application is scraped on its
 * management port. {@code OperationsIT} checks the catalogue against the running parts.
 */
class MonitoringTest {

    private static final Path BASE = KubernetesManifestsTest.PROJECT.resolve("deploy/k8s/base");

    private final List<JsonNode> resources = KubernetesManifestsTest.readBase();
    private final List<MetricsCatalogue.Metric> catalogue = MetricsCatalogue.read();

    @Test
    void everyAlertReadsCataloguedMetricsAndHasItsRunbook() throws Exception {
        String operations = Files.readString(MetricsCatalogue.OPERATIONS);
        List<JsonNode> alerts = new ArrayList<>();
        ofKind("PrometheusRule")
                .forEach(rule -> rule.at("/spec/groups")
                        .forEach(group -> group.path("rules").forEach(alerts::add)));
        assertTrue(alerts.size() >= 5, "outbox age, consumer lag, dead letters, errors, the gateway's 5xx");
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asText();
            assertFalse(name.isEmpty(), "a rule that is not an alert: " + alert);
            assertCatalogued(name, alert.path("expr").asText());
            assertTrue(
                    Set.of("warning", "critical")
                            .contains(alert.at("/labels/severity").asText()),
                    name);
            assertFalse(alert.at("/annotations/summary").asText().isBlank(), name);
            assertEquals(
                    "docs/operations.md#" + name.toLowerCase(Locale.ROOT),
                    alert.at("/annotations/runbook_url").asText(),
                    name);
            assertTrue(operations.contains("\n### " + name + "\n"), "docs/operations.md has no runbook for " + name);
        }
    }

    @Test
    void theDashboardReadsCataloguedMetricsAndIsShippedToGrafana() throws Exception {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory())
                .readTree(BASE.resolve("kustomization.yaml").toFile());
        JsonNode generator = null;
        for (JsonNode map : kustomization.path("configMapGenerator")) {
            if (map.at("/options/labels/grafana_dashboard").asText().equals("1")) {
                generator = map;
            }
        }
        assertTrue(generator != null, "a ConfigMap Grafana's sidecar loads");
        int panels = 0;
        for (JsonNode file : generator.path("files")) {
            JsonNode dashboard =
                    new ObjectMapper().readTree(BASE.resolve(file.asText()).toFile());
            for (JsonNode panel : dashboard.path("panels")) {
                panels++;
                assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
                for (JsonNode target : panel.path("targets")) {
                    assertCatalogued(
                            panel.path("title").asText(), target.path("expr").asText());
                }
            }
        }
        assertTrue(panels >= 8, "the pipeline's and the requests' panels");
    }

    @Test
    void everyApplicationIsScrapedOnItsManagementPort() {
        JsonNode monitor = ofKind("PodMonitor").get(0);
        assertEquals(
                "management", monitor.at("/spec/podMetricsEndpoints/0/port").asText());
        assertEquals(
                "/q/metrics", monitor.at("/spec/podMetricsEndpoints/0/path").asText());
        List<String> selected = new ArrayList<>();
        monitor.at("/spec/selector/matchExpressions/0/values").forEach(v -> selected.add(v.asText()));
        for (JsonNode deployment : ofKind("Deployment")) {
            String name = deployment
                    .at("/spec/template/metadata/labels/app.kubernetes.io~1name")
                    .asText();
            assertTrue(selected.contains(name), name + " is not scraped");
        }
    }

    @Test
    void theExpressionReaderFindsTheSeriesNotTheLabelsOrFunctions() {
        assertEquals(
                Set.of("http_server_requests_seconds_bucket"),
                MetricsCatalogue.seriesIn("histogram_quantile(0.95, sum by (le, uri) "
                        + "(rate(http_server_requests_seconds_bucket{container=\"gateway\", status=~\"5..\"}[5m])))"));
        assertEquals(
                Set.of("outbox_backlog", "inbox_consumer_lag"),
                MetricsCatalogue.seriesIn("max by (container) (outbox_backlog) + sum(inbox_consumer_lag) > 1"));
    }

    private void assertCatalogued(String where, String expression) {
        Set<String> series = MetricsCatalogue.seriesIn(expression);
        assertFalse(series.isEmpty(), where + ": no metric in " + expression);
        for (String name : series) {
            assertTrue(
                    catalogue.stream().anyMatch(metric -> metric.names(name)),
                    where + " reads " + name + ", which docs/operations.md does not list");
        }
    }

    private List<JsonNode> ofKind(String kind) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
    }
}
