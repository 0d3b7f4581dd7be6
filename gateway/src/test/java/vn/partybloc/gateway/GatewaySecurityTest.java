package vn.partybloc.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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
