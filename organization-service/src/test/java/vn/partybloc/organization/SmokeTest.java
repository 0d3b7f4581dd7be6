package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SmokeTest {

    @Test
    void foundRoot() {
        given().auth().oauth2(Tokens.as("admin")).contentType("application/json")
                .body("""
                        {"organization":{"code":"ROOT","name":"Đảng bộ Khối","type":"BLOC_COMMITTEE"},
                         "decision":{"number":"1-QĐ/TU","date":"2020-01-01"}}""")
                .post("/api/v1/organizations")
                .then().log().ifValidationFails().statusCode(201).body("code", equalTo("ROOT"));
    }
}
