package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.partybloc.training.Feed.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

/** An admin console that sends Accept-Language: vi reads every problem in Vietnamese; English stays the default. */
@QuarkusTest
class VietnameseProblemsTest {

    private static RequestSpecification vietnamese() {
        return given().auth().oauth2(admin()).header("Accept-Language", "vi");
    }

    @Test
    void alreadyEnrolledRuleInVietnamese() {
        UUID cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id();
        UUID member = Feed.member("Trần Thị Vân", cell);
        UUID course = Courses.schedule("PARTY_WORK", "2022-06-06", "2022-06-10", 5);
        String body = "{\"memberId\":\"" + member + "\"}";
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(201);
        vietnamese()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(422)
                .header("Content-Language", "vi")
                .body("rule", equalTo("TRN-ALREADY-ENROLLED"))
                .body("title", equalTo("Vi phạm quy định nghiệp vụ"))
                .body("detail", equalTo("Đảng viên đã ghi danh vào lớp bồi dưỡng này"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(422)
                .header("Content-Language", "en")
                .body("detail", equalTo("The member is already enrolled in this course"));
    }

    @Test
    void unknownCourseInVietnamese() {
        UUID id = UUID.randomUUID();
        vietnamese()
                .get("/api/v1/courses/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("detail", equalTo("Không tìm thấy lớp bồi dưỡng " + id + ", hoặc bạn không có quyền xem"));
    }

    @Test
    void duplicateContestRoundInVietnamese() {
        String contest = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"title\":\"Hội thi Bí thư chi bộ giỏi\",\"kind\":\"GOOD_CELL_SECRETARY\",\"organizationId\":\""
                        + Feed.bloc().id() + "\",\"year\":2023}")
                .post("/api/v1/contests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String round = "{\"sequence\":1,\"name\":\"Vòng sơ khảo\",\"heldOn\":\"2023-09-15\"}";
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(round)
                .post("/api/v1/contests/" + contest + "/rounds")
                .then()
                .statusCode(201);
        vietnamese()
                .contentType("application/json")
                .body(round)
                .post("/api/v1/contests/" + contest + "/rounds")
                .then()
                .statusCode(409)
                .header("Content-Language", "vi")
                .body("title", equalTo("Xung đột với dữ liệu hiện tại"))
                .body("detail", equalTo("Hội thi đã có vòng thi 1"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void fieldValidationInVietnamese() {
        vietnamese()
                .contentType("application/json")
                .body(Courses.body("Lớp ngược ngày", "PARTY_WORK", Feed.bloc().id(), "2022-06-10", "2022-06-06", 5))
                .post("/api/v1/courses")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.message", hasItem("endsOn không được trước startsOn"));
    }
}
