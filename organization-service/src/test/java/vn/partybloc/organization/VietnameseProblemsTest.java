package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

/** An admin console that sends Accept-Language: vi reads every problem in Vietnamese; English stays the default. */
@QuarkusTest
class VietnameseProblemsTest {

    private static RequestSpecification vietnamese() {
        return given().auth().oauth2(admin()).header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
    }

    @Test
    void domainRuleInVietnameseWithTranslatedTypes() {
        UUID cell = Fixtures.found(
                Fixtures.code("VCELL"), "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", Fixtures.root(), "2020-01-01");
        String code = Fixtures.code("VX");
        vietnamese()
                .contentType("application/json")
                .body(Fixtures.foundBody(code, "Chi bộ con", "SUBORDINATE_CELL", cell, "2021-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .header("Content-Language", "vi")
                .header("Vary", "Accept-Language")
                .body("rule", equalTo("ORG-ALLOWED-PARENT"))
                .body("title", equalTo("Vi phạm quy định nghiệp vụ"))
                .body(
                        "detail",
                        equalTo(
                                "chi bộ trực thuộc không được trực thuộc chi bộ cơ sở (loại hình được phép trực thuộc: )"));
        Fixtures.foundResponse(code, "Chi bộ con", "SUBORDINATE_CELL", cell, "2021-01-01")
                .statusCode(422)
                .header("Content-Language", "en")
                .body("title", equalTo("Domain rule violated"))
                .body("detail", equalTo("A SUBORDINATE_CELL cannot sit under a GRASSROOTS_CELL (allowed there: )"));
    }

    @Test
    void notFoundInVietnamese() {
        UUID id = UUID.randomUUID();
        vietnamese()
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không tìm thấy tổ chức đảng " + id + ", hoặc bạn không có quyền xem"));
    }

    @Test
    void duplicateCodeConflictInVietnamese() {
        String code = Fixtures.code("VDUP");
        Fixtures.found(code, "Đảng bộ A", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01");
        vietnamese()
                .contentType("application/json")
                .body(Fixtures.foundBody(code, "Đảng bộ B", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .header("Content-Language", "vi")
                .body("title", equalTo("Xung đột với dữ liệu hiện tại"))
                .body("detail", equalTo("Đã có tổ chức đảng mang mã " + code));
    }

    @Test
    @InvalidRequestsOnPurpose
    void fieldValidationInVietnamese() {
        vietnamese()
                .contentType("application/json")
                .body("""
                        {"organization": {"code": "has space", "name": "", "type": "GRASSROOTS_COMMITTEE"},
                         "decision": {"number": "1", "date": null}}""")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.message", hasItem("chỉ gồm chữ cái không dấu, chữ số và các ký tự '.', '-', '_'"))
                .body("errors.message", hasItem("là bắt buộc, không được để trống"));
    }
}
