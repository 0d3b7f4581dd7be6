package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.rest.OrganizationResponse;
import vn.partybloc.platform.exports.ExportCsv;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class OrganizationExportTest {

    private static final String EXPORTS = "/api/v1/organizations/exports";

    /** An organization as an integrator holds it: the name and the version its changes carry. */
    private record Held(String name, int version) {}

    /**
     * Issue 19: a subtree exported while cells are founded and renamed in it; every event after the export's cursor is
     * a change the export does not hold, and the export with those events applied is the subtree afterwards.
     */
    @Test
    void theExportAndTheFeedAfterItsCursorAddUpToTheTreeUnderConcurrentWrites() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Xuất dữ liệu");
        List<UUID> cells = new ArrayList<>(
                List.of(Fixtures.cell(committee, "Chi bộ Một"), Fixtures.cell(committee, "Chi bộ Hai")));
        String integration = Tokens.as("integration");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            while (writing.get()) {
                int n = written.get();
                if (n % 2 == 0) {
                    Fixtures.cell(committee, "Chi bộ Mới " + n);
                } else {
                    rename(cells.get(n % cells.size()), "Chi bộ Đổi Tên " + n);
                }
                written.incrementAndGet();
            }
            return null;
        });
        String exported;
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= 4);
            exported = finished(export(integration, "{\"organizationId\":\"" + committee + "\"}"), integration)
                    .getString("id");
            int atDone = written.get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= atDone + 4);
        } finally {
            writing.set(false);
            writer.shutdown();
        }
        writes.get();
        JsonPath job = given().auth()
                .oauth2(integration)
                .get(EXPORTS + "/" + exported)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<Map<String, Object>> lines = content(exported, integration);
        assertEquals(committee.toString(), lines.get(0).get("id"), "the root comes first");
        assertEquals(job.getInt("records"), lines.size());
        Map<String, Held> held = new HashMap<>();
        lines.forEach(line ->
                held.put((String) line.get("id"), new Held((String) line.get("name"), (Integer) line.get("version"))));

        int after = 0;
        for (Map<String, Object> event : feedAfter(job.getString("cursor"), integration)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) event.get("data");
            if (!(data.get("path") instanceof List<?> path) || !path.contains(committee.toString())) {
                continue;
            }
            String id = (String) data.get("organizationId");
            Held before = held.get(id);
            int version = (Integer) data.get("version");
            assertTrue(
                    before == null || version > before.version(),
                    event.get("type") + " of " + id + " at version " + version + " is after the cursor, yet the export"
                            + " holds version " + (before == null ? null : before.version()));
            held.put(id, new Held((String) data.get("name"), version));
            after++;
        }
        assertTrue(after >= 4, "writes landed after the snapshot: " + after);
        assertTrue(lines.size() > 3, "and before it: " + lines.size());
        assertEquals(tree(committee), held);
    }

    /** As of a day, the export holds the tree of that day; a secretary's is confined to their subtree. */
    @Test
    void anExportAsOfADayHoldsTheTreeOfThatDayAndASecretaryExportsOnlyTheirOwn() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Lịch sử");
        UUID early = Fixtures.cell(committee, "Chi bộ Cũ");
        UUID late = Fixtures.found(Fixtures.code("SC"), "Chi bộ Mới lập", "SUBORDINATE_CELL", committee, "2024-03-01");

        String before = finished(
                        export(admin(), "{\"organizationId\":\"" + committee + "\",\"asOf\":\"2023-12-31\"}"), admin())
                .getString("id");
        assertEquals(
                List.of(committee.toString(), early.toString()),
                content(before, admin()).stream().map(line -> line.get("id")).toList());
        // The same as CSV: a header of the organization's fields, then the two rows in tree order.
        List<String> csv = ExportClient.csv(EXPORTS, before, admin()).lines().toList();
        assertEquals(String.join(",", ExportCsv.columnsOf(OrganizationResponse.class)), csv.get(0));
        assertEquals(
                List.of(committee.toString(), early.toString()),
                csv.subList(1, csv.size()).stream()
                        .map(row -> row.substring(0, row.indexOf(',')))
                        .toList());

        String secretary = Tokens.secretaryOf(committee);
        String own = finished(export(secretary, "{}"), secretary).getString("id");
        assertEquals(
                List.of(committee.toString(), early.toString(), late.toString()).stream()
                        .sorted()
                        .toList(),
                content(own, secretary).stream()
                        .map(line -> (String) line.get("id"))
                        .sorted()
                        .toList());
        ExportClient.askForSubtree(EXPORTS, secretary, Fixtures.root()).statusCode(404);
    }

    private static String export(String token, String body) {
        return ExportClient.ask(EXPORTS, token, body);
    }

    private static JsonPath finished(String location, String token) {
        return ExportClient.done(location, token);
    }

    private static List<Map<String, Object>> content(String job, String token) {
        return ExportClient.content(EXPORTS, job, token);
    }

    private static List<Map<String, Object>> feedAfter(String cursor, String token) {
        return ExportClient.feedAfter("/api/v1/changes/organizations", cursor, token);
    }

    private static Map<String, Held> tree(UUID committee) {
        Map<String, Held> tree = new HashMap<>();
        JsonPath root = given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + committee)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        tree.put(root.getString("id"), new Held(root.getString("name"), root.getInt("version")));
        JsonPath subtree = given().auth()
                .oauth2(admin())
                .queryParam("size", 500)
                .get("/api/v1/organizations/" + committee + "/subtree")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (Map<String, Object> org : subtree.<Map<String, Object>>getList("items")) {
            tree.put((String) org.get("id"), new Held((String) org.get("name"), (Integer) org.get("version")));
        }
        return tree;
    }

    private static void rename(UUID organization, String name) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"name\": \"" + name + "\"}")
                .patch("/api/v1/organizations/" + organization)
                .then()
                .statusCode(200);
    }
}
