package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.AccessTable;
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

    /**
     * The caller table of docs/security.md ("evaluation-service"), cell by cell: every documented operation with a token
     * of every caller, writes as valid requests on a committee founded for them ({@link AccessFixture}). An allowed write
     * must change what the fixture reads, a refused one must leave every read of it exactly as it was.
     */
    @Test
    void everyCallerGetsTheDocumentedAnswerOnEveryOperation() {
        UUID elsewhere = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE").id();
        Map<String, List<AccessMatrix.Caller<AccessFixture>>> callers = new HashMap<>(AccessMatrix.commonCallers());
        callers.put(
                "secretary with org_id",
                List.of(new AccessMatrix.Caller<>(
                        "secretary of the fixture's committee",
                        fixture -> Tokens.secretaryOf(fixture.organization()),
                        fixture -> Tokens.secretaryOf(elsewhere))));
        AccessMatrix<AccessFixture> matrix = new AccessMatrix<>(
                AccessTable.of("### evaluation-service"),
                callers,
                AccessFixture::found,
                fixture -> fixture::readUrl,
                AccessFixture.WRITES);
        List<String> failures = matrix.failures();
        assertTrue(failures.isEmpty(), matrix.checks() + " checks, failed:\n" + String.join("\n", failures));
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
