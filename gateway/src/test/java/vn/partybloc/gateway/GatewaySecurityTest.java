package vn.partybloc.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessTable;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class GatewaySecurityTest {

    /** The first column of the gateway's caller table, and the tokens that stand for each row (null: no token). */
    private static final Map<String, List<Supplier<String>>> CALLERS = Map.of(
            "no token",
            List.of(() -> null),
            "token with no realm role, or with only the identity-reader clearance",
            List.of(() -> Tokens.as("guest"), () -> Tokens.as("identity-reader")),
            "any of admin, organizer, inspector, secretary (with org_id), viewer, integration",
            List.of(
                    () -> Tokens.as("admin"),
                    () -> Tokens.as("organizer"),
                    () -> Tokens.as("inspector"),
                    () -> Tokens.secretaryOf(UUID.randomUUID()),
                    () -> Tokens.as("viewer"),
                    () -> Tokens.as("integration")));

    /**
     * The gateway's tables in docs/security.md, cell by cell. On {@code /api/*} a refused request must not reach a
     * stand-in service and an allowed one must.
     */
    @Test
    void everyCallerGetsTheDocumentedAnswerOnEveryRoute() {
        AccessTable table = AccessTable.of("### Gateway");
        assertEquals(CALLERS.keySet(), Set.copyOf(table.callers()), "the callers of the table");
        List<String> failures = new ArrayList<>();
        for (String routeClass : table.routeClasses()) {
            for (String operation : table.operations(routeClass)) {
                String method = operation.substring(0, operation.indexOf(' '));
                String url = operation
                        .substring(operation.indexOf(' ') + 1)
                        .replace("{id}", UUID.randomUUID().toString());
                for (String caller : table.callers()) {
                    AccessTable.Answer answer = table.answer(caller, routeClass);
                    for (Supplier<String> token : CALLERS.get(caller)) {
                        int before = upstreamRequests();
                        RequestSpecification request = given();
                        String bearer = token.get();
                        if (bearer != null) {
                            request.auth().oauth2(bearer);
                        }
                        if (!method.equals("GET")) {
                            request.contentType("application/json").body("{}");
                        }
                        int status = request.request(method, url).statusCode();
                        boolean reached = upstreamRequests() > before;
                        if (!answer.accepts(status)) {
                            failures.add(caller + " " + operation + ": " + status + ", documented " + answer);
                        }
                        if (url.startsWith("/api/") && reached != answer.allowed()) {
                            failures.add(caller + " " + operation + ": " + (reached ? "reached" : "did not reach")
                                    + " a service, documented " + answer);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static int upstreamRequests() {
        return UpstreamResource.organizations.getAllServeEvents().size()
                + UpstreamResource.training.getAllServeEvents().size();
    }

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
