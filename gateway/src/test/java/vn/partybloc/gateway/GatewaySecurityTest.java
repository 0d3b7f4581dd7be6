package vn.partybloc.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class GatewaySecurityTest {

    @Test
    void noTokenIsRefusedAtTheEdgeWithAProblem() {
        int before = UpstreamResource.organizations.getAllServeEvents().size();
        given().get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().get("/api/v1/reports/overview?organizationId=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(401);
        org.junit.jupiter.api.Assertions.assertEquals(
                before,
                UpstreamResource.organizations.getAllServeEvents().size(),
                "a refused request reached the service");
    }

    @Test
    void expiredForgedAndForeignTokensAreUnauthorized() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "garbage")) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aTokenWithoutARealmRoleIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("guest"))
                .get("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void everyRealmRolePassesTheEdge() {
        for (String role : List.of("admin", "organizer", "inspector", "viewer", "integration")) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aClientOverItsRateIsToldToWait() {
        String token = Tokens.withRoles("rate-limited-client", Set.of("viewer"));
        io.restassured.response.Response response = null;
        int allowed = 0;
        for (int i = 0; i < 700; i++) {
            response = given().auth().oauth2(token).get("/api/v1/organizations");
            if (response.statusCode() != 200) {
                break;
            }
            allowed++;
        }
        // The bucket holds 600 (test configuration) and refills 10 a second while the loop runs.
        org.junit.jupiter.api.Assertions.assertTrue(allowed >= 600 && allowed < 700, allowed + " requests passed");
        response.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // Another client is not affected.
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/organizations")
                .then()
                .statusCode(200);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        byte[] body = new byte[1_048_577];
        java.util.Arrays.fill(body, (byte) 'a');
        given().auth()
                .oauth2(Tokens.as("admin"))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(413)
                .body("status", equalTo(413));
    }
}
