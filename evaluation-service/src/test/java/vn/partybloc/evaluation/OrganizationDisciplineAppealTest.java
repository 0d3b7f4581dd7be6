package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.evaluation.OrganizationDisciplineTest.decide;
import static vn.partybloc.evaluation.OrganizationDisciplineTest.id;
import static vn.partybloc.evaluation.OrganizationDisciplineTest.open;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/**
 * Appeals against discipline decisions on organizations (issue 20): a disciplined organization appeals as a member does,
 * within the Statute's month (Điều lệ Đảng, Điều 39 khoản 7) to one body at a time above the one that decided; the
 * outcome upholds, changes or annuls the decision, which the case and the report then show.
 */
@QuarkusTest
class OrganizationDisciplineAppealTest {

    private static final String INSPECTOR = Tokens.as("inspector");
    private static final String CASES = "/api/v1/organization-discipline-cases";
    private static final AppealRequests APPEALS = new AppealRequests(CASES);

    private final Feed.Org bloc = Feed.bloc();
    private final Feed.Org grassroots = Feed.child(bloc, "GRASSROOTS_COMMITTEE");
    private final Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");

    @Test
    void anOrganizationAppealsInTimeToABodyAboveTheDeciderAndOneAtATime() {
        UUID open = id(open(cell.id(), "STANDING_COMMITTEE", grassroots.id()));
        APPEALS.lodge(open, null, "2024-10-01", "STANDING_COMMITTEE", bloc.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        UUID warned = id(open(cell.id(), "STANDING_COMMITTEE", grassroots.id()));
        decide(warned, "WARNING", "2024-09-12").statusCode(200);

        APPEALS.lodge(warned, null, "2024-10-13", "STANDING_COMMITTEE", bloc.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-DEADLINE"))
                .body("detail", containsString("2024-10-12"));
        APPEALS.lodge(warned, null, "2024-10-01", "CELL", cell.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));
        APPEALS.lodge(warned, null, "2024-10-01", "STANDING_COMMITTEE", grassroots.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));
        APPEALS.lodge(warned, null, "2024-10-01", "STANDING_COMMITTEE", null)
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));

        String location = APPEALS.lodge(warned, null, "2024-10-01", "STANDING_COMMITTEE", bloc.id())
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PENDING"))
                .body("previousForm", equalTo("WARNING"))
                .body("bodyLevel", equalTo("BLOC"))
                .body("receivedOn", equalTo("2024-09-12"))
                .extract()
                .header("Location");
        APPEALS.lodge(warned, null, "2024-10-02", "INSPECTION_COMMITTEE", bloc.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        given().auth()
                .oauth2(INSPECTOR)
                .get(location)
                .then()
                .statusCode(200)
                .body("caseId", equalTo(warned.toString()));
        given().auth()
                .oauth2(INSPECTOR)
                .get(CASES + "/" + warned + "/appeals")
                .then()
                .statusCode(200)
                .body("", hasSize(1));
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get(CASES + "/" + warned + "/appeals")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(INSPECTOR)
                .get(CASES + "/" + open + location.substring(location.indexOf("/appeals/")))
                .then()
                .statusCode(404);
    }

    /**
     * A change names another form that some body may decide: no appeal changes a decision to a dissolution while who
     * decides one is not verified. The province's committees hear an appeal against the Bloc's decision on appeal.
     */
    @Test
    void aChangedOrAnnulledDecisionIsTheOneInForceAndTheReportCountsIt() {
        UUID changed = id(open(cell.id(), "STANDING_COMMITTEE", grassroots.id()));
        decide(changed, "WARNING", "2024-09-12").statusCode(200);
        UUID appeal = APPEALS.lodged(changed, "2024-09-16", "2024-10-07", "STANDING_COMMITTEE", bloc.id());
        APPEALS.resolve(changed, appeal, "CHANGED", null, "2024-11-20").statusCode(400);
        APPEALS.resolve(changed, appeal, "UPHELD", "REPRIMAND", "2024-11-20").statusCode(400);
        APPEALS.resolve(changed, appeal, "CHANGED", "WARNING", "2024-11-20")
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-OUTCOME"));
        APPEALS.resolve(changed, appeal, "CHANGED", "DISSOLUTION", "2024-11-20")
                .statusCode(422)
                .body("rule", equalTo("DIS-COMPETENCE"));
        APPEALS.resolve(changed, appeal, "CHANGED", "REPRIMAND", "2024-10-01")
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        given().auth()
                .oauth2(INSPECTOR)
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body(AppealRequests.resolution("CHANGED", "REPRIMAND", "2024-11-20"))
                .post(CASES + "/" + changed + "/appeals/" + appeal + "/resolution")
                .then()
                .statusCode(412);
        APPEALS.resolve(changed, appeal, "CHANGED", "REPRIMAND", "2024-11-20")
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("CHANGED"))
                .body("previousForm", equalTo("WARNING"))
                .body("form", equalTo("REPRIMAND"));
        APPEALS.resolve(changed, appeal, "ANNULLED", null, "2024-11-21")
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        caseOf(changed).body("status", equalTo("DECIDED")).body("form", equalTo("REPRIMAND"));

        UUID toProvince = APPEALS.lodged(changed, null, "2024-12-01", "STANDING_COMMITTEE", null);
        APPEALS.resolve(changed, toProvince, "ANNULLED", null, "2024-12-20")
                .statusCode(200)
                .body("bodyLevel", equalTo("PROVINCE"))
                .body("bodyOrganizationId", nullValue());
        caseOf(changed).body("status", equalTo("ANNULLED")).body("form", equalTo("REPRIMAND"));
        APPEALS.lodge(changed, null, "2024-12-21", "STANDING_COMMITTEE", null)
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));

        UUID upheld = id(open(cell.id(), "INSPECTION_COMMITTEE", bloc.id()));
        decide(upheld, "REPRIMAND", "2024-04-01").statusCode(200);
        APPEALS.resolve(
                        upheld,
                        APPEALS.lodged(upheld, null, "2024-04-15", "STANDING_COMMITTEE", bloc.id()),
                        "UPHELD",
                        null,
                        "2024-06-01")
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .get("/api/v1/discipline-cases/report")
                .then()
                .statusCode(200)
                .body("appealsLodged", equalTo(0))
                .body("organizationCases.decided", equalTo(1))
                .body("organizationCases.byForm.REPRIMAND", equalTo(1))
                .body("organizationCases.byForm.WARNING", equalTo(0))
                .body("organizationCases.appealsLodged", equalTo(3))
                .body("organizationCases.appealsResolved.CHANGED", equalTo(1))
                .body("organizationCases.appealsResolved.ANNULLED", equalTo(1))
                .body("organizationCases.appealsResolved.UPHELD", equalTo(1));
    }

    private static ValidatableResponse caseOf(UUID organizationCase) {
        return given().auth()
                .oauth2(INSPECTOR)
                .get(CASES + "/" + organizationCase)
                .then()
                .statusCode(200);
    }
}
