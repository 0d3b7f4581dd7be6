package vn.partybloc.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    @InvalidRequestsOnPurpose
    void everyAnswerForbidsCachingAndTypeSniffingWhoeverWritesIt() {
        for (String token : new String[] {Tokens.as("admin"), "not-a-token"}) {
            given().auth()
                    .oauth2(token)
                    .get("/test/notes/" + java.util.UUID.randomUUID())
                    .then()
                    .header("Cache-Control", equalTo("no-store"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
        given().get("/no/such/path")
                .then()
                .statusCode(404)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
