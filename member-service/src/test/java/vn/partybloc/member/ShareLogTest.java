package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

/** Issue 19 §4: every share of the register's data with an integrating system is on record, for admins to read. */
@QuarkusTest
class ShareLogTest {

    private static final String SHARE_LOG = "/api/v1/share-log/members";
    private static final String EXPORTS = "/api/v1/members/exports";
    private static final String PURPOSE = "Đồng bộ hồ sơ cán bộ, công văn 12/SNV";

    @Test
    void anHrSystemsFeedReadsExportDownloadsAndLookUpsAreInTheShareLogWithTheirCounts() {
        String client = "hr-" + UUID.randomUUID().toString().substring(0, 8);
        String hrSystem = Tokens.ofClient(client, Set.of("integration", "identity-reader"));
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Nguyễn Thị Chia Sẻ", cell.id(), true);
        String nationalId = given().auth()
                .oauth2(Members.admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .extract()
                .path("nationalId");

        given().auth()
                .oauth2(hrSystem)
                .header(
                        "Purpose-Of-Use",
                        URLEncoder.encode(PURPOSE, StandardCharsets.UTF_8).replace("+", "%20"))
                .queryParam("limit", 3)
                .get("/api/v1/changes/members")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(hrSystem)
                .queryParam("after", "999999999999")
                .get("/api/v1/changes/members")
                .then()
                .statusCode(200);
        String export = ExportClient.exported(EXPORTS, hrSystem, "{\"organizationId\":\"" + cell.id() + "\"}");
        assertEquals(1, ExportClient.content(EXPORTS, export, hrSystem).size());
        ExportClient.csv(EXPORTS, export, hrSystem);
        given().auth()
                .oauth2(hrSystem)
                .contentType("application/json")
                .body("{\"nationalId\":\"" + nationalId + "\"}")
                .post("/api/v1/members/lookups")
                .then()
                .statusCode(200);

        List<Map<String, Object>> lines = given().auth()
                .oauth2(Members.admin())
                .queryParam("clientId", client)
                .get(SHARE_LOG)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(
                List.of("FEED_READ", "EXPORT_DOWNLOAD", "EXPORT_DOWNLOAD", "LOOK_UP"),
                lines.stream().map(line -> line.get("kind")).toList(),
                "a feed page that held nothing shares nothing and is not recorded");
        assertEquals(
                List.of(3, 1, 1, 1),
                lines.stream().map(line -> line.get("records")).toList());
        lines.forEach(line -> assertEquals("service-account-" + client, line.get("caller")));
        assertEquals(PURPOSE, lines.get(0).get("purpose"));
        assertEquals("/api/v1/changes/members", lines.get(0).get("resource"));
        assertEquals("limit=3", lines.get(0).get("filter"));
        assertEquals(
                "/api/v1/members/exports/" + export + "/content", lines.get(1).get("resource"));
        assertEquals(
                "organizationId=" + cell.id() + "&format=ndjson", lines.get(1).get("filter"));
        assertEquals("organizationId=" + cell.id() + "&format=csv", lines.get(2).get("filter"));
        assertEquals("/api/v1/members/" + member, lines.get(3).get("resource"));
        assertEquals("by=NATIONAL_ID", lines.get(3).get("filter"));
        assertFalse(lines.toString().contains(nationalId), "the share log keeps the national id it was asked for");

        LocalDate today = LocalDate.now(BlocZone.ZONE);
        JsonPath report = given().auth()
                .oauth2(Members.admin())
                .queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.plusDays(1).toString())
                .get(SHARE_LOG + "/report")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("FEED_READ:1:3", "EXPORT_DOWNLOAD:2:2", "LOOK_UP:1:1"),
                report.<Map<String, Object>>getList("lines").stream()
                        .filter(line -> client.equals(line.get("clientId")))
                        .map(line -> line.get("kind") + ":" + line.get("shares") + ":" + line.get("records"))
                        .sorted((a, b) -> order(a) - order(b))
                        .toList());
    }

    @Test
    void theShareLogPagesOnFromItsCursorAndKeepsToThePeriodAsked() {
        String client = "hr-" + UUID.randomUUID().toString().substring(0, 8);
        String hrSystem = Tokens.ofClient(client, Set.of("integration"));
        for (int read = 0; read < 3; read++) {
            given().auth()
                    .oauth2(hrSystem)
                    .queryParam("limit", 1)
                    .get("/api/v1/changes/members")
                    .then()
                    .statusCode(200);
        }
        JsonPath first = sharesOf(client, null, 2, null);
        assertEquals(2, first.getList("items").size());
        assertTrue(first.getBoolean("hasMore"));
        JsonPath second = sharesOf(client, first.getString("next"), 2, null);
        assertEquals(1, second.getList("items").size());
        assertFalse(second.getBoolean("hasMore"));

        assertEquals(
                List.of(),
                sharesOf(client, null, 10, LocalDate.now(BlocZone.ZONE).plusDays(1))
                        .getList("items"));
    }

    @Test
    void noLineOfTheShareLogCanBeChangedOrRemoved() throws SQLException {
        given().auth()
                .oauth2(Tokens.ofClient("hr-append-only", Set.of("integration")))
                .queryParam("limit", 1)
                .get("/api/v1/changes/members")
                .then()
                .statusCode(200);
        try (Connection c = PostgresResource.connect();
                Statement statement = c.createStatement()) {
            for (String change :
                    List.of("update share_log set records = 0", "delete from share_log", "truncate share_log")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }

    private static JsonPath sharesOf(String client, String after, int limit, LocalDate from) {
        var request = given().auth()
                .oauth2(Members.admin())
                .queryParam("clientId", client)
                .queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (from != null) {
            request.queryParam("from", from.toString());
        }
        return request.get(SHARE_LOG).then().statusCode(200).extract().jsonPath();
    }

    private static int order(String line) {
        return List.of("FEED_READ", "EXPORT_DOWNLOAD", "LOOK_UP").indexOf(line.substring(0, line.indexOf(':')));
    }
}
