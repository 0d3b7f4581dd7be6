package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TermResourceTest {

    @Test
    void consecutiveTermsAreKeptAndOverlapsRefused() {
        UUID org = Fixtures.committee("Đảng bộ Sở Giáo dục");
        String terms = "/api/v1/organizations/" + org + "/terms";
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(
                        "{\"startYear\": 2020, \"endYear\": 2025, \"congressDate\": \"2020-06-10\", \"decisionNumber\": \"12-QĐ/ĐUK\"}")
                .post(terms)
                .then()
                .statusCode(201)
                .body("label", equalTo("2020–2025"));
        String second = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"startYear\": 2025, \"endYear\": 2030, \"congressDate\": \"2025-06-20\"}")
                .post(terms)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"startYear\": 2024, \"endYear\": 2029}")
                .post(terms)
                .then()
                .statusCode(422)
                .body("rule", equalTo("TERM-OVERLAP"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"startYear\": 2030, \"endYear\": 2025}")
                .post(terms)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(admin())
                .get(terms)
                .then()
                .statusCode(200)
                .body("label", contains("2020–2025", "2025–2030"));

        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"congressDate\": \"2025-06-21\"}")
                .patch(terms + "/" + second)
                .then()
                .statusCode(200)
                .body("congressDate", equalTo("2025-06-21"))
                .body("version", equalTo(1));
        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"congressDate\": \"2025-06-22\"}")
                .patch(terms + "/" + second)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json")
                .body("{\"startYear\": 2019}")
                .patch(terms + "/" + second)
                .then()
                .statusCode(422)
                .body("rule", equalTo("TERM-OVERLAP"));
    }
}
