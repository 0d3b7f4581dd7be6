package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

/** An admin console that sends Accept-Language: vi reads every problem in Vietnamese; English stays the default. */
@QuarkusTest
class VietnameseProblemsTest {

    private static RequestSpecification vietnamese() {
        return given().auth().oauth2(admin()).header("Accept-Language", "vi");
    }

    @Test
    void committeeKindRuleAndDuplicateInVietnamese() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        vietnamese()
                .contentType("application/json")
                .body(Committees.body(cell.id(), "INSPECTION_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(422)
                .header("Content-Language", "vi")
                .body("rule", equalTo("COM-KIND"))
                .body("title", equalTo("Vi phạm quy định nghiệp vụ"))
                .body("detail", equalTo("chi bộ cơ sở không có ủy ban kiểm tra (được phép: chi ủy)"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Committees.body(cell.id(), "INSPECTION_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(422)
                .header("Content-Language", "en")
                .body("detail", equalTo("A GRASSROOTS_CELL has no INSPECTION_COMMITTEE (allowed: CELL_COMMITTEE)"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Committees.body(cell.id(), "CELL_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(201);
        vietnamese()
                .contentType("application/json")
                .body(Committees.body(cell.id(), "CELL_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(409)
                .header("Content-Language", "vi")
                .body("title", equalTo("Xung đột với dữ liệu hiện tại"))
                .body("detail", equalTo("Tổ chức đảng này đã có chi ủy cho nhiệm kỳ bắt đầu năm 2025"));
    }

    @Test
    void unknownMemberInVietnamese() {
        UUID id = UUID.randomUUID();
        vietnamese()
                .get("/api/v1/members/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("detail", equalTo("Không tìm thấy đảng viên " + id + ", hoặc bạn không có quyền xem"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void fieldValidationInVietnamese() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        vietnamese()
                .contentType("application/json")
                .body(Committees.body(cell.id(), "CELL_COMMITTEE", 2030, 2025))
                .post("/api/v1/committees")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.message", hasItem("termEndYear phải sau termStartYear"));
    }
}
