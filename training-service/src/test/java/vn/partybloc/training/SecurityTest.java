package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.training.Feed.admin;

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
        return List.of(Tokens.as("viewer"), Tokens.as("inspector"), integration);
    }

    /** The HR system's service account exports the training records (issue 19), a write that only reads. */
    @Override
    protected Set<String> writesOpenTo(String token) {
        if (!token.equals(integration)) {
            return Set.of();
        }
        Set<String> writes = new HashSet<>(WebhookFixture.integrationWrites("training"));
        writes.add("POST /api/v1/training-records/exports");
        return writes;
    }

    @Override
    protected String pathValue() {
        return UUID.randomUUID().toString();
    }

    @Override
    protected int minimumWrites() {
        return 12;
    }

    /**
     * The caller table of docs/security.md ("training-service"), cell by cell: every documented operation with a token
     * of every caller, writes as valid requests on a committee founded for them ({@link AccessFixture}). An allowed write
     * must change what the fixture reads, a refused one must leave every read of it exactly as it was.
     */
    @Test
    void everyCallerGetsTheDocumentedAnswerOnEveryOperation() {
        UUID elsewhere = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE").id();
        new AccessMatrix<>(
                        AccessTable.of("### training-service"),
                        AccessMatrix.callers(AccessFixture::organization, fixture -> elsewhere),
                        AccessFixture::found,
                        fixture -> fixture::readUrl,
                        AccessFixture.WRITES)
                .assertEveryCellHolds();
    }

    /**
     * The table aims lists at the fixture's organization; a list that names none holds only the secretary's subtree,
     * and so does a course's list of enrolments, whoever organizes the course.
     */
    @Test
    void aSecretarysListsHoldOnlyTheirOwnSubtree() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org myCell = Feed.child(mine, "SUBORDINATE_CELL");
        Feed.Org otherCell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID myMember = Feed.member("Lương Văn Quang", myCell.id());
        UUID otherMember = Feed.member("Kiều Thị Quỳnh", otherCell.id());
        Feed.Position myPosition = Feed.position(myMember, myCell.id(), "CELL_COMMITTEE", "SECRETARY", "2024-01-02");
        Feed.Position otherPosition =
                Feed.position(otherMember, otherCell.id(), "CELL_COMMITTEE", "SECRETARY", "2024-01-02");
        Feed.started(myPosition, true);
        Feed.started(otherPosition, true);
        String myObligation = ObligationTest.awaitObligation(myPosition.positionId(), "OPEN");
        ObligationTest.awaitObligation(otherPosition.positionId(), "OPEN");
        UUID course = Courses.schedule("PARTY_WORK", "2022-05-09", "2022-05-13", 50);
        Courses.enrolAll(admin(), course, List.of(otherMember, myMember)).then().statusCode(200);
        String secretary = Tokens.secretaryOf(mine.id());

        given().auth()
                .oauth2(secretary)
                .get("/api/v1/courses/" + course + "/enrollments")
                .then()
                .statusCode(200)
                .body("items.memberId", contains(myMember.toString()))
                .body("total", equalTo(1));
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/obligations")
                .then()
                .statusCode(200)
                .body("items.id", contains(myObligation));
    }

    /** Courses and contests are open to every reader, but not to a secretary's token that names no organization. */
    @Test
    void aSecretaryTokenWithoutAnOrganizationIsForbiddenEvenOnCoursesAndContests() {
        UUID course = Courses.schedule("PARTY_WORK", "2022-05-09", "2022-05-13", 10);
        for (String url : List.of("/api/v1/courses/" + course, "/api/v1/contests")) {
            given().auth()
                    .oauth2(Tokens.as("secretary"))
                    .get(url)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForgedTokensAreUnauthorized() {
        for (String token : List.of(
                Tokens.expired("admin"),
                Tokens.wrongIssuer("admin"),
                Tokens.wrongAudience("admin"),
                Tokens.badSignature("admin"),
                "not.a.jwt")) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/courses")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }
}
