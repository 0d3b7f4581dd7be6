package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.AccessTable;
import vn.partybloc.testing.Tokens;
import vn.partybloc.testing.WebhookFixture;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    private static final String ORGS = "/api/v1/organizations";

    /**
     * The caller table of docs/security.md ("organization-service"), cell by cell: every documented operation with a
     * token of every caller. A write is a valid request ({@link WriteRequests}) on a tree founded for it; an allowed
     * one must change what the tree reads, a refused one must leave every read of it exactly as it was.
     */
    @Test
    void everyCallerGetsTheDocumentedAnswerOnEveryOperation() {
        new AccessMatrix<>(
                        AccessTable.of("### organization-service"),
                        AccessMatrix.callers(WriteRequests.Tree::committee, WriteRequests.Tree::elsewhere),
                        WriteRequests.Tree::found,
                        SecurityTest::readUrls,
                        WriteRequests.BY_OPERATION)
                // Outside a secretary's subtree only an organization named in the path is refused; lists are filtered
                // (secretarySeesOnlyTheirOwnSubtree).
                .outsideCheckedOn(operation -> operation.contains("{id}"))
                .assertEveryCellHolds();
    }

    /**
     * Reads aim at the tree's cell ({@code {id}}), a term opened on it ({@code {termId}}) and a month of meetings
     * recorded for it ({@code {month}}); a report names a period.
     */
    private static Function<String, String> readUrls(WriteRequests.Tree tree) {
        String term = WriteRequests.openTerm(tree.cell());
        String month = WriteRequests.recordMonth(tree.cell(), "2024-01");
        String export = WriteRequests.export(tree.committee());
        return operation -> operation.startsWith("GET /api/v1/webhooks/")
                ? WebhookFixture.readUrl(tree, "organizations", operation)
                : operation
                        .substring("GET ".length())
                        .replace("/exports/{id}", "/exports/" + export)
                        .replace("{id}", tree.cell().toString())
                        .replace("{termId}", term)
                        .replace("{month}", month)
                        .replace("{name}", "organization-types")
                        .replace("/change-counts", "/change-counts?from=2021-01-01&to=2023-06-30");
    }

    @Test
    void noTokenIsUnauthorizedWithAProblemAndAChallenge() {
        given().get(ORGS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType("application/json")
                .body(Fixtures.foundBody("NT", "X", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01"))
                .post(ORGS)
                .then()
                .statusCode(401);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAreUnauthorized() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "not.a.jwt")) {
            given().auth().oauth2(token).get(ORGS).then().statusCode(401).contentType("application/problem+json");
        }
    }

    /** The secretary's and integration's tokens among {@link #readOnlyTokens()}: {@link #writesOpenTo} tells them by equality. */
    private String secretary;

    private String integration;

    @Override
    protected List<String> readOnlyTokens() {
        secretary = Tokens.secretaryOf(Fixtures.root());
        integration = Tokens.as("integration");
        return List.of(Tokens.as("viewer"), Tokens.as("inspector"), integration, secretary);
    }

    /**
     * A secretary records the meetings of their own subtree (ADR 0013), here the whole tree's; both export what they
     * may read.
     */
    @Override
    protected Set<String> writesOpenTo(String token) {
        if (token.equals(secretary)) {
            return Set.of(
                    "PUT /api/v1/organizations/{id}/meetings/{month}",
                    "PUT /api/v1/organizations/{id}/meetings",
                    "POST /api/v1/organizations/exports");
        }
        if (token.equals(integration)) {
            Set<String> writes = new HashSet<>(WebhookFixture.integrationWrites("organizations"));
            writes.add("POST /api/v1/organizations/exports");
            return writes;
        }
        return Set.of();
    }

    @Override
    protected String pathValue() {
        return Fixtures.root().toString();
    }

    @Override
    protected int minimumWrites() {
        return 10;
    }

    @Test
    void aTokenWithNoKnownRoleIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("guest"))
                .get(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void secretarySeesOnlyTheirOwnSubtree() {
        UUID mine = Fixtures.committee("Đảng bộ Sở Khoa học");
        UUID myCell = Fixtures.cell(mine, "Chi bộ Phòng Quản lý Khoa học");
        UUID other = Fixtures.committee("Đảng bộ Sở Tư pháp");
        UUID otherCell = Fixtures.cell(other, "Chi bộ Phòng Công chứng");
        String secretary = Tokens.secretaryOf(mine);

        given().auth().oauth2(secretary).get(ORGS + "/" + myCell).then().statusCode(200);
        given().auth()
                .oauth2(secretary)
                .get(ORGS + "/" + mine + "/subtree")
                .then()
                .statusCode(200)
                .body("items.id", contains(myCell.toString()));
        for (UUID hidden : List.of(other, otherCell, Fixtures.root())) {
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/children")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/history")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(secretary)
                    .get(ORGS + "/" + hidden + "/terms")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(secretary)
                .queryParam("size", 500)
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.id", not(hasItem(other.toString())))
                .body("items.path", everyItem(hasItem(mine.toString())));
        given().auth()
                .oauth2(secretary)
                .get(ORGS + "/" + myCell + "/ancestors")
                .then()
                .body("id", contains(mine.toString()));
    }

    @Test
    void secretaryTokenWithoutOrganizationIsForbidden() {
        given().auth()
                .oauth2(Tokens.as("secretary"))
                .get(ORGS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
