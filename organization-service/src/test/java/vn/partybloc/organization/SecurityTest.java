package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    private static final String ORGS = "/api/v1/organizations";

    @Test
    void noTokenIsUnauthorizedWithAProblemAndAChallenge() {
        given().get(ORGS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType("application/json")
                .body(Fixtures.foundBody("NT", "X", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01"))
                .post(ORGS)
                .then()
                .statusCode(401);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAreUnauthorized() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "not.a.jwt")) {
            given().auth().oauth2(token).get(ORGS).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "inspector", "integration", "secretary"})
    void readOnlyRolesCannotWrite(String role) {
        String token = role.equals("secretary") ? Tokens.secretaryOf(Fixtures.root()) : Tokens.as(role);
        UUID org = Fixtures.committee("Đảng bộ Sở Văn hóa");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Fixtures.foundBody(Fixtures.code("RO"), "X", "SUBORDINATE_CELL", org, "2020-01-01"))
                .post(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"name\": \"Y\"}")
                .patch(ORGS + "/" + org)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"decision\": " + Fixtures.decision("2023-01-01") + "}")
                .post(ORGS + "/" + org + "/dissolutions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"startYear\": 2020, \"endYear\": 2025}")
                .post(ORGS + "/" + org + "/terms")
                .then()
                .statusCode(403);
        given().auth().oauth2(admin()).get(ORGS + "/" + org).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void anOrganizerCanFoundAnOrganization() {
        String id = given().auth()
                .oauth2(Tokens.as("organizer"))
                .contentType("application/json")
                .body(Fixtures.foundBody(
                        Fixtures.code("OR"),
                        "Đảng bộ Sở Nội vụ",
                        "GRASSROOTS_COMMITTEE",
                        Fixtures.root(),
                        "2020-01-01"))
                .post(ORGS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin())
                .get(ORGS + "/" + id)
                .then()
                .statusCode(200)
                .body("createdBy", equalTo("organizer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "inspector", "integration", "organizer", "admin"})
    void readingRolesCanRead(String role) {
        UUID org = Fixtures.committee("Đảng bộ Sở Lao động");
        given().auth().oauth2(Tokens.as(role)).get(ORGS + "/" + org).then().statusCode(200);
        given().auth().oauth2(Tokens.as(role)).get(ORGS).then().statusCode(200);
    }

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(
                Tokens.as("viewer"),
                Tokens.as("inspector"),
                Tokens.as("integration"),
                Tokens.secretaryOf(Fixtures.root()));
    }

    @Override
    protected String pathValue() {
        return Fixtures.root().toString();
    }

    @Override
    protected int minimumWrites() {
        return 10;
    }

    @Test
    void aTokenWithNoKnownRoleIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("guest"))
                .get(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void changesFeedIsForAdminsOrganizersAndIntegrationsOnly() {
        for (String role : List.of("admin", "organizer", "integration")) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/changes/organizations")
                    .then()
                    .statusCode(200);
        }
        for (String token : List.of(Tokens.as("inspector"), Tokens.as("viewer"), Tokens.secretaryOf(Fixtures.root()))) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/changes/organizations")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void secretarySeesOnlyTheirOwnSubtree() {
        UUID mine = Fixtures.committee("Đảng bộ Sở Khoa học");
        UUID myCell = Fixtures.cell(mine, "Chi bộ Phòng Quản lý Khoa học");
        UUID other = Fixtures.committee("Đảng bộ Sở Tư pháp");
        UUID otherCell = Fixtures.cell(other, "Chi bộ Phòng Công chứng");
        String secretary = Tokens.secretaryOf(mine);

        given().auth().oauth2(secretary).get(ORGS + "/" + myCell).then().statusCode(200);
        given().auth()
                .oauth2(secretary)
                .get(ORGS + "/" + mine + "/subtree")
                .then()
                .statusCode(200)
                .body("items.id", contains(myCell.toString()));
        for (UUID hidden : List.of(other, otherCell, Fixtures.root())) {
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/children")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/history")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/terms")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(secretary)
                .queryParam("size", 500)
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.id", not(hasItem(other.toString())))
                .body("items.path", everyItem(hasItem(mine.toString())));
        given().auth()
                .oauth2(secretary)
                .get(ORGS + "/" + myCell + "/ancestors")
                .then()
                .body("id", contains(mine.toString()));
    }

    @Test
    void secretaryTokenWithoutOrganizationIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("secretary"))
                .get(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
