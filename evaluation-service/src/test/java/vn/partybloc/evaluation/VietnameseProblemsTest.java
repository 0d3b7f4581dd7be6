package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.partybloc.evaluation.Api.admin;

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

    private static String vote(UUID org, int summoned, int present, String results) {
        return """
                {"organizationId":"%s","body":"Ban Chấp hành","votedOn":"2024-11-15","summoned":%d,"present":%d,"results":[%s]}""".formatted(org, summoned, present, results);
    }

    private static String ballots(UUID member) {
        return """
                {"memberId":"%s","positionTitle":"Bí thư","ballotsIssued":20,"ballotsReturned":20,"validBallots":20,
                 "invalidBallots":0,"high":10,"trust":5,"low":5}""".formatted(member);
    }

    @Test
    void ballotCountsRuleInVietnameseWithEachErrorTranslated() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID same = UUID.randomUUID();
        String body = vote(unit.id(), 30, 25, ballots(same) + "," + ballots(same));
        vietnamese()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/confidence-votes")
                .then()
                .statusCode(422)
                .header("Content-Language", "vi")
                .body("rule", equalTo("CV-COUNTS"))
                .body("title", equalTo("Vi phạm quy định nghiệp vụ"))
                .body("detail", equalTo("Số phiếu không khớp nhau"))
                .body("errors[0].field", equalTo("results[1]"))
                .body("errors[0].message", equalTo("một người xuất hiện hai lần"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/confidence-votes")
                .then()
                .statusCode(422)
                .header("Content-Language", "en")
                .body("detail", equalTo("The ballot counts do not add up"))
                .body("errors[0].message", equalTo("the same person appears twice"));
    }

    @Test
    void unknownReviewInVietnamese() {
        UUID id = UUID.randomUUID();
        vietnamese()
                .get("/api/v1/reviews/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("detail", equalTo("Không tìm thấy kết quả đánh giá " + id + ", hoặc bạn không có quyền xem"));
    }

    @Test
    void duplicateReviewCycleInVietnamese() {
        Api.cycle(2024);
        vietnamese()
                .contentType("application/json")
                .body("{\"year\":2024}")
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(409)
                .header("Content-Language", "vi")
                .body("title", equalTo("Xung đột với dữ liệu hiện tại"))
                .body("detail", equalTo("Đợt kiểm điểm, đánh giá năm 2024 đã có"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void fieldValidationInVietnamese() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        vietnamese()
                .contentType("application/json")
                .body(vote(unit.id(), 30, 31, ballots(UUID.randomUUID())))
                .post("/api/v1/confidence-votes")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.message", hasItem("present không được lớn hơn summoned"));
    }
}
