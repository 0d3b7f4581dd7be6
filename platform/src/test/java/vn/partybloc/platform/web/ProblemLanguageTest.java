package vn.partybloc.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.partybloc.platform.testapp.Notes.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.Notes;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

/** Problems answer in Vietnamese when Accept-Language prefers it, in English otherwise. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void notFoundInVietnamese() {
        UUID id = UUID.randomUUID();
        given().auth()
                .oauth2(admin())
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8")
                .get("/test/notes/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .header("Vary", "Accept-Language")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không tìm thấy ghi chú " + id + ", hoặc bạn không có quyền xem"));
    }

    @Test
    void englishByDefaultAndWhenPreferred() {
        UUID id = UUID.randomUUID();
        for (String language : new String[] {null, "en, vi;q=0.5", "fr"}) {
            var request = given().auth().oauth2(admin());
            if (language != null) {
                request.header("Accept-Language", language);
            }
            request.get("/test/notes/" + id)
                    .then()
                    .statusCode(404)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Not found"))
                    .body("detail", equalTo("Note " + id + " does not exist or is not visible to you"));
        }
    }

    @Test
    void domainRuleInVietnamese() {
        String title = Notes.uniqueTitle("Trùng");
        Notes.write(title);
        given().auth()
                .oauth2(admin())
                .header("Accept-Language", "vi")
                .contentType("application/json")
                .body(Notes.body(title))
                .post("/test/notes")
                .then()
                .statusCode(422)
                .header("Content-Language", "vi")
                .body("title", equalTo("Vi phạm quy định nghiệp vụ"))
                .body("detail", equalTo("Đã có ghi chú mang tiêu đề " + title));
    }

    @Test
    @InvalidRequestsOnPurpose
    void beanValidationMessagesInVietnamese() {
        given().auth()
                .oauth2(admin())
                .header("Accept-Language", "vi")
                .contentType("application/json")
                .body("{\"title\":\" \"}")
                .post("/test/notes")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("không được để trống"))
                .body("detail", equalTo("title: không được để trống"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"title\":\" \"}")
                .post("/test/notes")
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void unknownPropertyAndMissingTokenInVietnamese() {
        given().auth()
                .oauth2(admin())
                .header("Accept-Language", "vi")
                .contentType("application/json")
                .body("{\"title\":\"x\",\"colour\":\"red\"}")
                .post("/test/notes")
                .then()
                .statusCode(400)
                .body("detail", equalTo("Thuộc tính 'colour' không tồn tại hoặc chỉ được đọc"))
                .body("errors[0].message", equalTo("thuộc tính không tồn tại hoặc chỉ được đọc"));
        given().header("Accept-Language", "vi")
                .get("/test/notes/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .header("Content-Language", "vi")
                .body("detail", startsWith("Cần có mã truy cập"));
    }
}
