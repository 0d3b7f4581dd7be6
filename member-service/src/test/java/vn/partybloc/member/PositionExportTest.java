package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

/** Issue 19: who holds which committee position, exported as one snapshot with the members' feed cursor. */
@QuarkusTest
class PositionExportTest {

    private static final String EXPORTS = "/api/v1/positions/exports";

    /**
     * Today's export holds the positions held today on the subtree's committees, each as its GET shows it; as of a
     * past day, those held then; a filter by position keeps only those; a seat started after the export is in the feed
     * after its cursor and not in the export.
     */
    @Test
    void anExportHoldsThePositionsHeldOnTheDayAndTheFeedAfterItsCursorTheRest() {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(organization, "SUBORDINATE_CELL").id();
        UUID committee = Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE");
        String secretary =
                Committees.seat(committee, Members.admit("Lý Văn Bí Thư", cell, true), "SECRETARY", "2025-06-20");
        String ended =
                Committees.seat(committee, Members.admit("Lý Thị Mãn Nhiệm", cell, true), "MEMBER", "2025-06-20");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"endsOn\":\"2025-09-01\",\"reason\":\"ROTATION\"}")
                .post("/api/v1/positions/" + ended + "/terminations")
                .then()
                .statusCode(200);
        Organization elsewhere = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID elsewhereCell = Organization.child(elsewhere, "SUBORDINATE_CELL").id();
        Committees.seat(
                Committees.committee(elsewhere.id(), "EXECUTIVE_COMMITTEE"),
                Members.admit("Lý Văn Nơi Khác", elsewhereCell, true),
                "SECRETARY",
                "2025-06-20");
        String integration = Tokens.as("integration");
        String subtree = "\"organizationId\":\"" + organization.id() + "\"";

        JsonPath today = ExportClient.done(ExportClient.ask(EXPORTS, integration, "{" + subtree + "}"), integration);
        List<Map<String, Object>> lines = ExportClient.content(EXPORTS, today.getString("id"), integration);
        assertEquals(List.of(secretary), ids(lines));
        assertEquals(
                given().auth()
                        .oauth2(integration)
                        .get("/api/v1/positions/" + secretary)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap(""),
                lines.get(0),
                "a line is the position as its GET shows it");
        assertEquals(
                Set.of(secretary, ended),
                Set.copyOf(ids(exported(integration, "{" + subtree + ",\"asOf\":\"2025-08-01\"}"))));
        assertEquals(
                List.of(ended),
                ids(exported(integration, "{" + subtree + ",\"asOf\":\"2025-08-01\",\"positions\":[\"MEMBER\"]}")));

        String later = Committees.seat(committee, Members.admit("Lý Văn Mới Vào", cell, true), "MEMBER", "2025-10-01");
        Set<String> startedAfter =
                ExportClient.feedAfter("/api/v1/changes/members", today.getString("cursor"), integration).stream()
                        .filter(event -> "CommitteePositionStarted".equals(event.get("type")))
                        .map(event -> (String) ((Map<?, ?>) event.get("data")).get("positionId"))
                        .collect(Collectors.toSet());
        assertTrue(startedAfter.contains(later), "the feed after the cursor starts the new seat");
        assertTrue(!startedAfter.contains(secretary), "and not one the export holds");
    }

    /** A secretary exports their own subtree's positions; one above it is a 404. */
    @Test
    void aSecretaryExportsOnlyTheirOwnSubtree() {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(organization, "SUBORDINATE_CELL").id();
        String seat = Committees.seat(
                Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE"),
                Members.admit("Lý Thị Chi Bộ", cell, true),
                "SECRETARY",
                "2025-06-20");
        String secretary = Tokens.secretaryOf(organization.id());

        assertEquals(List.of(seat), ids(exported(secretary, "{}")));
        ExportClient.askForSubtree(EXPORTS, secretary, Organization.bloc().id()).statusCode(404);
    }

    private static List<Map<String, Object>> exported(String token, String body) {
        return ExportClient.content(EXPORTS, ExportClient.exported(EXPORTS, token, body), token);
    }

    private static List<String> ids(List<Map<String, Object>> lines) {
        return lines.stream().map(line -> (String) line.get("id")).toList();
    }
}
