package vn.partybloc.training;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    private UUID member;
    private UUID cell;
    private String round;

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }

    /**
     * A running course with a member enrolled, a scheduled one (to start), a contest with a round and that member, and the training obligation a new committee
     * member's position opens, so that bad bodies reach each endpoint's checks rather than stopping at a 404.
     */
    @Override
    protected Map<String, String> existingIds() throws Exception {
        cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id();
        member = Feed.member("Kiểm Thử Đầu Vào", cell);
        UUID course = Courses.running("PARTY_WORK", "2022-05-09", "2022-05-13", List.of(member));
        String enrollment = given().auth()
                .oauth2(Feed.admin())
                .get("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String contest = post("/api/v1/contests", """
                {"title":"Hội thi kiểm thử đầu vào","kind":"GOOD_CELL_SECRETARY","organizationId":"%s","year":2022}""".formatted(Feed.bloc().id()));
        round = post(
                "/api/v1/contests/" + contest + "/rounds",
                "{\"sequence\":1,\"name\":\"Vòng chung khảo\",\"heldOn\":\"2022-10-15\"}");
        given().auth()
                .oauth2(Feed.admin())
                .contentType("application/json")
                .body("{\"memberIds\":[\"" + member + "\"]}")
                .post("/api/v1/contests/" + contest + "/participants")
                .then()
                .statusCode(200);
        UUID scheduled = Courses.schedule("PARTY_WORK", "2022-06-06", "2022-06-10", 10);
        Courses.enrolAll(Feed.admin(), scheduled, List.of(member)).then().statusCode(200);
        Feed.Position position = Feed.position(member, cell, "CELL_COMMITTEE", "MEMBER", "2022-01-10");
        Feed.started(position, true);
        Feed.awaitRow(
                "select cast(count(*) as text) from training_obligations where position_id = ?",
                position.positionId(),
                "1");
        String obligation = Feed.query(
                "select cast(id as text) from training_obligations where position_id = ?", position.positionId());
        return Map.of(
                "courses/{id}",
                course.toString(),
                "courses/{id}/enrollments/{enrollmentId}",
                enrollment,
                "courses/{id}/status-changes",
                scheduled.toString(),
                "contests/{id}",
                contest,
                "contests/{id}/rounds/{roundId}",
                round,
                "obligations/{id}",
                obligation,
                "training-records/{memberId}",
                member.toString(),
                "training-records/exports/{id}",
                ExportClient.askedId("/api/v1/training-records/exports", Feed.admin(), "{}"));
    }

    @Override
    protected Map<String, String> fieldValues() {
        return Map.of(
                "organizationId",
                Feed.bloc().id().toString(),
                "memberId",
                member.toString(),
                "memberIds",
                member.toString());
    }

    /**
     * The document's examples name two or three made-up members (the seeded member would appear twice), round 1 (which
     * the contest has) and a member already enrolled.
     */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of(
                "POST /api/v1/contests/{id}/awards",
                "{\"awards\":[{\"memberId\":\"%s\",\"award\":\"FIRST\"}]}".formatted(member),
                "POST /api/v1/contests/{id}/scores",
                "{\"roundId\":\"%s\",\"scores\":[{\"memberId\":\"%s\",\"score\":92.5}]}".formatted(round, member),
                "POST /api/v1/contests/{id}/rounds",
                "{\"sequence\":2,\"name\":\"Vòng chung kết\",\"heldOn\":\"2022-10-20\"}",
                "POST /api/v1/courses/{id}/completions",
                Courses.completions(List.of(member), "GOOD", "2022-05-13"),
                "POST /api/v1/courses/{id}/sessions",
                "{\"sessionOn\":\"2022-05-10\",\"presentMemberIds\":[\"%s\"]}".formatted(member),
                "POST /api/v1/courses/{id}/enrollments",
                "{\"memberId\":\"%s\"}".formatted(Feed.member("Kiểm Thử Ghi Danh", cell)));
    }

    private static String post(String path, String body) {
        return given().auth()
                .oauth2(Feed.admin())
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
