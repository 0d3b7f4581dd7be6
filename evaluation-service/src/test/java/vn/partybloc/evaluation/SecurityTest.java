package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.Snapshot;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(Tokens.as("viewer"), Tokens.as("integration"));
    }

    @Override
    protected String pathValue() {
        return UUID.randomUUID().toString();
    }

    @Override
    protected int minimumWrites() {
        return 15;
    }

    @Test
    void everyRoleReadsAndOnlyAdminsAndOrganizersChangeRulesCyclesTargetsAndVotes() {
        for (String role : List.of("admin", "organizer", "inspector", "viewer", "integration")) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/rule-sets")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/review-cycles")
                    .then()
                    .statusCode(200);
        }
        UUID cycle = Api.cycle(2024);
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        String ruleSet = """
                {"code":"X-%s","documents":"Thử","effectiveFrom":"1990-01-01","usesScore":false}""".formatted(UUID.randomUUID().toString().substring(0, 8));
        List<String> reads = List.of(
                "/api/v1/rule-sets?size=500",
                "/api/v1/review-cycles?size=500",
                "/api/v1/targets?size=500&cycleId=" + cycle);
        Snapshot before = Snapshot.of(admin(), reads);
        for (String token : List.of(Tokens.as("inspector"), Tokens.secretaryOf(unit.id()))) {
            Api.post(token, "/api/v1/rule-sets", ruleSet).statusCode(403);
            Api.post(token, "/api/v1/review-cycles", "{\"year\":2031}").statusCode(403);
            Api.post(token, "/api/v1/targets", """
                    {"cycleId":"%s","subjectKind":"MEMBER","metric":"EXCELLENT","comparison":"AT_MOST","percent":20}""".formatted(cycle)).statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body("{\"year\":2031}")
                    .put("/api/v1/targets/" + UUID.randomUUID())
                    .then()
                    .statusCode(403);
        }
        assertEquals(List.of(), before.differences(Snapshot.of(admin(), reads)), "a refused write changed something");
    }

    @Test
    void theChangesFeedIsForAdminsOrganizersAndIntegrations() {
        for (String role : List.of("admin", "organizer", "integration")) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/changes/evaluations")
                    .then()
                    .statusCode(200);
        }
        for (String role : List.of("inspector", "viewer")) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/changes/evaluations")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void badTokensAreUnauthorizedWithAProblem() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "not.a.jwt")) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/rule-sets")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(Tokens.withRoles("nobody", java.util.Set.of("secretary")))
                .get("/api/v1/rule-sets")
                .then()
                .statusCode(403)
                .body("status", equalTo(403));
    }
}
