package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Behind the gateway, the links a service answers with name the gateway, not the service's own address. */
@QuarkusTest
class ForwardedLinksTest {

    @Test
    void locationOfACreatedOrganizationNamesTheForwardedSchemeAndHost() {
        given().auth()
                .oauth2(Fixtures.admin())
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.partybloc.example:8443")
                .contentType("application/json")
                .body(Fixtures.foundBody(
                        Fixtures.code("FWD"), "Chi bộ Chuyển tiếp", "GRASSROOTS_CELL", Fixtures.root(), "2021-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        matchesPattern("https://api\\.partybloc\\.example:8443/api/v1/organizations/[0-9a-f-]{36}"));
    }

    @Test
    void withoutForwardedHeadersTheLocationNamesTheServiceItself() {
        given().auth()
                .oauth2(Fixtures.admin())
                .contentType("application/json")
                .body(Fixtures.foundBody(
                        Fixtures.code("DIR"), "Chi bộ Trực tiếp", "GRASSROOTS_CELL", Fixtures.root(), "2021-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("http://localhost:[0-9]+/api/v1/organizations/[0-9a-f-]{36}"));
    }
}
