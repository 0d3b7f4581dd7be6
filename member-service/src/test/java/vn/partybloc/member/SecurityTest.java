package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.member.OrganizationFeed.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrixTestBase;
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
                .oauth2(admin())
                .get("/api/v1/members/" + otherMember)
                .then()
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + otherCell.id()
                        + "\",\"kind\":\"CELL_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(404);
    }
}
