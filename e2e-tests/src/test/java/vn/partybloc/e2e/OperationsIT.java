package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReportsApi;

/**
 * What docs/operations.md promises the person on call, on the running stack: every metric it lists (which the alerts
 * and the dashboard read, {@code MonitoringTest}) is on the {@code /q/metrics} of each part it names, each service's
 * pipeline health group answers, and {@code run.sh logs} finds a request by its id.
 */
@Order(8)
class OperationsIT extends Journey {

    @Test
    void everyCataloguedMetricIsOnThePartsThatTheCatalogueNames() throws ApiException {
        // The overview's parts and a proxied request, so that their timers have series whatever ran before
        new ReportsApi(Gateway.as(LocalStack.login("viewer"))).getOverview(LocalDate.of(2023, 6, 30), null, null);
        List<MetricsCatalogue.Metric> catalogue = MetricsCatalogue.read();
        assertTrue(catalogue.size() >= 10, "the catalogue is read: " + catalogue);
        for (MetricsCatalogue.Metric metric : catalogue) {
            for (String part : metric.parts()) {
                String scrape = given().port(managementPort(part))
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertTrue(metric.in(scrape), part + " does not show " + metric.name());
            }
        }
    }

    @Test
    void eachServicesPipelineGroupIsUpOnceNoEventWaitsLong() {
        for (String service : MetricsCatalogue.SERVICES) {
            // A journey before may have left a backlog; the relay drains it within the group's threshold.
            Awaitility.await(service + "'s pipeline group")
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().port(managementPort(service))
                            .get("/q/health/group/pipeline")
                            .then()
                            .statusCode(200)
                            .body("checks[0].name", equalTo("outbox-backlog"))
                            .body("checks[0].data.relayState", equalTo("ACTIVE")));
        }
    }

    @Test
    void runShLogsFindsARequestByItsId() throws Exception {
        String requestId = "operations-it-" + UUID.randomUUID();
        given().auth()
                .oauth2(LocalStack.login("viewer"))
                .header("X-Request-Id", requestId)
                .get("/api/v1/organizations/" + bloc)
                .then()
                .statusCode(200)
                .header("X-Request-Id", requestId);
        Awaitility.await("the gateway's access line")
                .atMost(Duration.ofSeconds(10))
                .until(() -> LocalStack.run("logs", requestId)
                        .lines()
                        .anyMatch(line -> line.startsWith("gateway | ")
                                && line.contains("request=" + requestId)
                                && line.contains("GET /api/v1/organizations/" + bloc + " status=200")));
    }

    private static int managementPort(String part) {
        return LocalStack.port(part.toUpperCase(Locale.ROOT).replace('-', '_') + "_MANAGEMENT_PORT");
    }
}
