package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrixTestBase;
import vn.partybloc.testing.AccessTable;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.Tokens;
import vn.partybloc.testing.WebhookFixture;

@QuarkusTest
class SecurityTest extends AccessMatrixTestBase {

    /** One per test: {@link #writesOpenTo} tells it by equality. */
    private final String integration = Tokens.as("integration");

    /**
     * The caller table of docs/security.md ("member-service"), cell by cell: every documented operation with a token of
     * every caller, writes as valid requests on a committee founded for them ({@link AccessFixture}). An allowed write
     * must change what the fixture reads, a refused one must leave every read of it exactly as it was.
     */
    @Test
    void everyCallerGetsTheDocumentedAnswerOnEveryOperation() {
        UUID elsewhere =
                Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE").id();
        Map<String, List<AccessMatrix.Caller<AccessFixture>>> callers =
                new HashMap<>(AccessMatrix.callers(AccessFixture::organization, fixture -> elsewhere));
        callers.put(
                "integration with identity-reader",
                List.of(AccessMatrix.Caller.fixed(
                        "HR system",
                        () -> Tokens.withRoles("hr-integration", Set.of("integration", "identity-reader")))));
        new AccessMatrix<>(
                        AccessTable.of("### member-service"),
                        callers,
                        AccessFixture::found,
                        fixture -> fixture::readUrl,
                        AccessFixture.WRITES)
                .readingByPost(AccessFixture.READS_BY_POST)
                .assertEveryCellHolds();
    }

    @Override
    protected List<String> readOnlyTokens() {
        return List.of(Tokens.as("viewer"), Tokens.as("inspector"), integration);
    }

    /**
     * The HR system's service account imports and exports members and positions (architecture: "read, bulk
     * import and export, changes feed").
     */
    @Override
    protected Set<String> writesOpenTo(String token) {
        if (!token.equals(integration)) {
            return Set.of();
        }
        Set<String> writes = new HashSet<>(WebhookFixture.integrationWrites("members"));
        writes.addAll(List.of(
                "POST /api/v1/members/imports",
                "POST /api/v1/positions/imports",
                "POST /api/v1/members/exports",
                "POST /api/v1/positions/exports"));
        return writes;
    }

    @Override
    protected String pathValue() {
        return UUID.randomUUID().toString();
    }

    @Override
    protected int minimumWrites() {
        return 8;
    }

    /** The table checks lists that name an organization; a list that names none holds only the secretary's subtree. */
    @Test
    void aSecretarysListOfMembersHoldsOnlyTheirOwnSubtree() {
        Organization mine = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization myCell = Organization.child(mine, "SUBORDINATE_CELL");
        Organization otherCell =
                Organization.child(Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID myMember = Members.admit("Lương Văn Quang", myCell.id(), true);
        Members.admit("Kiều Thị Quỳnh", otherCell.id(), true);

        given().auth()
                .oauth2(Tokens.secretaryOf(mine.id()))
                .queryParam("size", 500)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items.id", contains(myMember.toString()));
    }
}
