package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.AccessTable;
import vn.partybloc.testing.Tokens;
import vn.partybloc.testing.WebhookFixture;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    /** One per test: {@link #writesOpenTo} tells it by equality. */
    private final String integration = Tokens.as("integration");

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(Tokens.as("viewer"), integration);
    }

    /** The HR system's service account exports the ratings (issue 19), a write that only reads. */
    @Override
    protected Set<String> writesOpenTo(String token) {
        if (!token.equals(integration)) {
            return Set.of();
        }
        Set<String> writes = new HashSet<>(WebhookFixture.integrationWrites("evaluations"));
        writes.add("POST /api/v1/reviews/exports");
        return writes;
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
        new AccessMatrix<>(
                        AccessTable.of("### evaluation-service"),
                        AccessMatrix.callers(AccessFixture::organization, fixture -> elsewhere),
                        AccessFixture::found,
                        fixture -> fixture::readUrl,
                        AccessFixture.WRITES)
                .assertEveryCellHolds();
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
