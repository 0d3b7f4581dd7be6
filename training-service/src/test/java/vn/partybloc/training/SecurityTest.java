package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.training.Feed.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(Tokens.as("viewer"), Tokens.as("inspector"), Tokens.as("integration"));
    }

    @Override
    protected String pathValue() {
        return UUID.randomUUID().toString();
    }

    @Override
    protected int minimumWrites() {
        return 12;
    }

    @Test
    void aSecretaryManagesEnrollmentsOnlyInsideTheirOwnSubtree() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org myCell = Feed.child(mine, "SUBORDINATE_CELL");
        Feed.Org otherCell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID myMember = Feed.member("Lương Văn Quang", myCell.id());
        UUID otherMember = Feed.member("Kiều Thị Quỳnh", otherCell.id());
        String secretary = Tokens.secretaryOf(mine.id());
        UUID course = Courses.schedule("PARTY_WORK", "2022-05-09", "2022-05-13", 50);

        String location = given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"memberId\":\"" + myMember + "\"}")
                .post("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        given().auth()
                .oauth2(secretary)
                .get(location)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(myMember.toString()))
                .body("status", equalTo("ENROLLED"));
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"memberId\":\"" + otherMember + "\"}")
                .post("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(422)
                .body("rule", equalTo("TRN-MEMBER"));
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + otherCell.id() + "\"}")
                .post("/api/v1/courses/" + course + "/bulk-enrollments")
                .then()
                .statusCode(404);

        Courses.enrolAll(admin(), course, List.of(otherMember)).then().statusCode(200);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(200)
                .body("items.memberId", contains(myMember.toString()))
                .body("total", equalTo(1));
        String othersEnrollment = given().auth()
                .oauth2(admin())
                .get("/api/v1/courses/" + course + "/enrollments")
                .then()
                .extract()
                .path("items.find { it.memberId == '" + otherMember + "' }.id");
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/courses/" + course + "/enrollments/" + othersEnrollment)
                .then()
                .statusCode(404);
        Courses.status(secretary, course, "RUNNING").then().statusCode(403);
        Courses.status(admin(), course, "RUNNING").then().statusCode(200);
        Courses.complete(secretary, course, List.of(otherMember), "GOOD", null)
                .then()
                .statusCode(422)
                .body("rule", equalTo("TRN-ENROLLED"));
        Courses.complete(secretary, course, List.of(myMember), "GOOD", null)
                .then()
                .statusCode(200)
                .body("completed", equalTo(1));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/courses/" + course + "/enrollments")
                .then()
                .body("items.find { it.memberId == '" + otherMember + "' }.status", equalTo("ENROLLED"));

        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body(Courses.body("Lớp của Bloc", "PARTY_WORK", Feed.bloc().id(), "2022-05-09", "2022-05-13", 10))
                .post("/api/v1/courses")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body(Courses.body("Lớp của chi bộ", "PARTY_WORK", myCell.id(), "2022-05-09", "2022-05-13", 10))
                .post("/api/v1/courses")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/training-records/" + otherMember)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/training-records/" + myMember)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"title\":\"Hội thi\",\"kind\":\"GOOD_REPORTER\",\"organizationId\":\"" + mine.id()
                        + "\",\"year\":2022}")
                .post("/api/v1/contests")
                .then()
                .statusCode(403);
    }

    @Test
    void aSecretarySeesOnlyTheObligationsOfTheirSubtree() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Org other = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Position myPosition = Feed.position(
                Feed.member("Tôn Văn Mình", mine.id()), mine.id(), "CELL_COMMITTEE", "SECRETARY", "2024-01-02");
        Feed.Position otherPosition = Feed.position(
                Feed.member("Âu Thị Khác", other.id()), other.id(), "CELL_COMMITTEE", "SECRETARY", "2024-01-02");
        Feed.started(myPosition, true);
        Feed.started(otherPosition, true);
        String mineId = ObligationTest.awaitObligation(myPosition.positionId(), "OPEN");
        String otherId = ObligationTest.awaitObligation(otherPosition.positionId(), "OPEN");
        String secretary = Tokens.secretaryOf(mine.id());
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/obligations")
                .then()
                .statusCode(200)
                .body("items.id", contains(mineId));
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/obligations/" + otherId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(secretary)
                .queryParam("organizationId", other.id().toString())
                .get("/api/v1/obligations")
                .then()
                .statusCode(404);
    }

    @Test
    void aSecretaryWithoutAnOrganizationAndTokensWithNoKnownRoleAreForbidden() {
        given().auth()
                .oauth2(Tokens.withRoles("someone", Set.of("secretary")))
                .get("/api/v1/obligations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.as("guest")).get("/api/v1/courses").then().statusCode(403);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAreUnauthorized() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "not.a.jwt")) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/courses")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void theChangesFeedIsForAdminsOrganizersAndIntegrationsOnly() {
        for (String role : List.of("admin", "organizer", "integration")) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/changes/training")
                    .then()
                    .statusCode(200);
        }
        for (String token : List.of(
                Tokens.as("viewer"),
                Tokens.as("inspector"),
                Tokens.secretaryOf(Feed.bloc().id()))) {
            given().auth().oauth2(token).get("/api/v1/changes/training").then().statusCode(403);
        }
    }
}
