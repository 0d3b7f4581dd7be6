package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.organization.Fixtures.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class IdempotencyTest {

    @Test
    void sameKeyAndSameBodyReturnsTheFirstResponseAndCreatesOnce() {
        String code = Fixtures.code("IDEM");
        String body =
                Fixtures.foundBody(code, "Đảng bộ Sở Thông tin", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01");
        String key = UUID.randomUUID().toString();
        String first = given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String location = given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first))
                .extract()
                .header("Location");
        given().auth().oauth2(ADMIN).get(location).then().statusCode(200).body("id", equalTo(first));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("q", code)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void sameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(Fixtures.foundBody(
                        Fixtures.code("K1"), "A", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(Fixtures.foundBody(
                        Fixtures.code("K2"), "B", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String body1 =
                Fixtures.foundBody(Fixtures.code("KC1"), "A", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01");
        String body2 =
                Fixtures.foundBody(Fixtures.code("KC2"), "B", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01");
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body1)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body2)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        String key = UUID.randomUUID().toString();
        String body = Fixtures.foundBody(Fixtures.code("KR"), "X", "SUB_COMMITTEE", Fixtures.root(), "2020-01-01");
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .header("Idempotent-Replayed", "true")
                .body("rule", equalTo("ORG-ALLOWED-PARENT"));
    }
}
