package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

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

    @Test
    void aRecordedTermIsReadWhereItsLocationPointsAndOnlyInsideTheCallersSubtree() {
        UUID org = Fixtures.committee("Đảng bộ Sở Văn hóa");
        String terms = "/api/v1/organizations/" + org + "/terms";
        var created = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(
                        "{\"startYear\": 2020, \"endYear\": 2025, \"congressDate\": \"2020-06-12\", \"decisionNumber\": \"15-QĐ/ĐUK\"}")
                .post(terms)
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String location = created.header("Location");

        given().auth()
                .oauth2(admin())
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("label", equalTo("2020–2025"))
                .body("congressDate", equalTo("2020-06-12"))
                .body("decisionNumber", equalTo("15-QĐ/ĐUK"));
        given().auth()
                .oauth2(Tokens.secretaryOf(org))
                .get(terms + "/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(admin())
                .get(terms + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", startsWith("https://partybloc.vn/problems/"));
        UUID other = Fixtures.committee("Đảng bộ Sở Y tế");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + other + "/terms/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.secretaryOf(other))
                .get(terms + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void anEmptyPatchOfATermIsANoOp() {
        UUID org = Fixtures.committee("Đảng bộ Sở Nội vụ");
        String terms = "/api/v1/organizations/" + org + "/terms";
        String term = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"startYear\": 2020, \"endYear\": 2025}")
                .post(terms)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String body : new String[] {"{}", "{\"startYear\": 2020, \"endYear\": 2025}"}) {
            given().auth()
                    .oauth2(admin())
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .patch(terms + "/" + term)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(0))
                    .header("ETag", equalTo("\"0\""));
        }
    }
}
