package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.OrganizationFeed.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.Snapshot;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    /** One per test: {@link #writesOpenTo} tells it by equality. */
    private final String integration = Tokens.as("integration");

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(Tokens.as("viewer"), Tokens.as("inspector"), integration);
    }

    /** The HR system's service account imports members and positions (architecture: "read, bulk import, changes feed"). */
    @Override
    protected Set<String> writesOpenTo(String token) {
        return token.equals(integration)
                ? Set.of("POST /api/v1/members/imports", "POST /api/v1/positions/imports")
                : Set.of();
    }

    /**
     * The writes {@link #writesOpenTo} lets integration through are really open to it: the HR system's account imports
     * members and then their committee positions, and both land.
     */
    @Test
    void anIntegrationImportsMembersAndPositions() {
        UUID cell = OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_CELL")
                .id();
        String nationalId = Members.nationalId();
        JsonPath members = ImportTest.importFile(
                integration,
                "/api/v1/members/imports",
                "text/csv",
                ImportTest.CSV_HEADER + ImportTest.csvRow("Hệ Thống Nhân Sự", nationalId, cell, "2011-05-19", "x"));
        assertEquals(1, members.getInt("createdRows"), members.prettify());
        String committee = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"organizationId\":\"" + cell
                        + "\",\"kind\":\"CELL_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath positions = ImportTest.importFile(
                integration,
                "/api/v1/positions/imports",
                "text/csv",
                "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn,endsOn,endReason\n"
                        + nationalId + "," + committee + ",SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n");
        assertEquals(1, positions.getInt("createdRows"), positions.prettify());
        given().auth()
                .oauth2(admin())
                .get("/api/v1/committees/" + committee + "/positions")
                .then()
                .statusCode(200)
                .body("position", contains("SECRETARY"));
    }

    @Override
    protected String pathValue() {
        return UUID.randomUUID().toString();
    }

    @Override
    protected int minimumWrites() {
        return 8;
    }

    @Test
    void aSecretaryReadsAndWritesOnlyInsideTheirOwnSubtree() {
        OrganizationFeed.Org mine = OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_COMMITTEE");
        OrganizationFeed.Org myCell = OrganizationFeed.child(mine, "SUBORDINATE_CELL");
        OrganizationFeed.Org otherCell = OrganizationFeed.child(
                OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID myMember = Members.admit("Lương Văn Quang", myCell.id(), true);
        UUID otherMember = Members.admit("Kiều Thị Quỳnh", otherCell.id(), true);
        String secretary = Tokens.secretaryOf(mine.id());

        given().auth()
                .oauth2(secretary)
                .get("/api/v1/members/" + myMember)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/members/" + otherMember)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(secretary)
                .queryParam("size", 500)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items.id", contains(myMember.toString()));
        given().auth()
                .oauth2(secretary)
                .queryParam("organizationId", otherCell.id().toString())
                .get("/api/v1/members")
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body(Members.body("Mới", myCell.id(), Members.nationalId(), false))
                .post("/api/v1/members")
                .then()
                .statusCode(201);
        Snapshot outside = Snapshot.of(admin(), outsideReads(otherCell.id(), otherMember));
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body(Members.body("Lạ", otherCell.id(), Members.nationalId(), false))
                .post("/api/v1/members")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"kind\":\"STRUCK_OFF\",\"date\":\"2024-01-01\"}")
                .post("/api/v1/members/" + otherMember + "/departures")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + otherCell.id()
                        + "\",\"kind\":\"CELL_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(404);
        assertEquals(List.of(), outside.differences(Snapshot.of(admin(), outsideReads(otherCell.id(), otherMember))));
    }

    /** Everything the refused writes outside the subtree aim at: the cell's members and committees, the member. */
    private static List<String> outsideReads(UUID cell, UUID member) {
        return List.of(
                "/api/v1/members/" + member,
                "/api/v1/members?size=500&organizationId=" + cell,
                "/api/v1/committees?organizationId=" + cell);
    }
}
