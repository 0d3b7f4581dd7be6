package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/**
 * Appeals against discipline decisions (issue 20): lodged within the Statute's month of receiving the decision, to
 * one body at a time above the one that decided; the outcome upholds, changes or annuls the decision, the case shows
 * the decision in force, an annulled one no longer weighs on the year's rating, and the outcome is published.
 */
@QuarkusTest
class DisciplineAppealTest {

    private static final String INSPECTOR = Tokens.as("inspector");
    private static final AppealRequests APPEALS = new AppealRequests("/api/v1/discipline-cases");

    private final Feed.Org bloc = Feed.bloc();
    private final Feed.Org grassroots = Feed.child(bloc, "GRASSROOTS_COMMITTEE");
    private final Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");

    @Test
    void anAppealIsLodgedInTimeToABodyAboveTheDeciderAndOneAtATime() {
        UUID member = Feed.member(cell.id(), "Hứa Văn Kêu");
        UUID open = openCase(member, "CELL", cell.id());
        APPEALS.lodge(open, null, "2024-10-01", "STANDING_COMMITTEE", grassroots.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        decide(open, "WARNING", "2024-09-12");

        APPEALS.lodge(open, null, "2024-10-13", "STANDING_COMMITTEE", grassroots.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-DEADLINE"))
                .body("detail", containsString("2024-10-12"))
                .body("detail", containsString("Điều 39"));
        APPEALS.lodge(open, "2024-09-10", "2024-09-20", "STANDING_COMMITTEE", grassroots.id())
                .statusCode(400);
        APPEALS.lodge(open, "2024-09-20", "2024-09-19", "STANDING_COMMITTEE", grassroots.id())
                .statusCode(400);
        APPEALS.lodge(open, "2024-09-20", "2024-10-13", "CELL", cell.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));
        APPEALS.lodge(open, "2024-09-20", "2024-10-13", "STANDING_COMMITTEE", cell.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));
        APPEALS.lodge(open, "2024-09-20", "2024-10-13", "STANDING_COMMITTEE", null)
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));

        String location = APPEALS.lodge(open, "2024-09-20", "2024-10-13", "STANDING_COMMITTEE", grassroots.id())
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PENDING"))
                .body("previousForm", equalTo("WARNING"))
                .body("bodyLevel", equalTo("GRASSROOTS"))
                .body("receivedOn", equalTo("2024-09-20"))
                .extract()
                .header("Location");
        APPEALS.lodge(open, "2024-09-20", "2024-10-14", "STANDING_COMMITTEE", bloc.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        given().auth().oauth2(INSPECTOR).get(location).then().statusCode(200).body("caseId", equalTo(open.toString()));
        given().auth()
                .oauth2(INSPECTOR)
                .get("/api/v1/discipline-cases/" + open + "/appeals")
                .then()
                .statusCode(200)
                .body("", hasSize(1));
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/discipline-cases/" + open + "/appeals")
                .then()
                .statusCode(403);
    }

    @Test
    void theStandingCommitteeResolvesAnAppealAgainstItsOwnInspectionCommitteeAndTheProvinceAgainstTheBlocs() {
        UUID member = Feed.member(cell.id(), "Lương Văn Soát");
        UUID byInspection = openCase(member, "INSPECTION_COMMITTEE", grassroots.id());
        decide(byInspection, "REPRIMAND", "2024-09-12");
        APPEALS.lodge(byInspection, null, "2024-09-30", "INSPECTION_COMMITTEE", grassroots.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-BODY"));
        UUID first = APPEALS.lodged(byInspection, null, "2024-09-30", "STANDING_COMMITTEE", grassroots.id());
        APPEALS.resolve(byInspection, first, "UPHELD", null, "2024-10-20").statusCode(200);
        APPEALS.lodge(byInspection, null, "2024-11-21", "STANDING_COMMITTEE", bloc.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-DEADLINE"))
                .body("detail", containsString("2024-10-20"));
        APPEALS.lodge(byInspection, null, "2024-11-20", "STANDING_COMMITTEE", bloc.id())
                .statusCode(201)
                .body("previousForm", equalTo("REPRIMAND"));

        UUID byTheBloc = openCase(member, "STANDING_COMMITTEE", bloc.id());
        decide(byTheBloc, "EXPULSION", "2024-09-12");
        APPEALS.lodge(byTheBloc, null, "2024-10-01", "STANDING_COMMITTEE", null)
                .statusCode(201)
                .body("bodyLevel", equalTo("PROVINCE"))
                .body("bodyOrganizationId", nullValue());
    }

    @Test
    void aChangedDecisionIsTheFormInForceAndItsOutcomeIsPublishedWithoutTheViolation() {
        UUID member = Feed.member(cell.id(), "Quách Văn Đổi");
        UUID expelled = openCase(member, "STANDING_COMMITTEE", bloc.id());
        decide(expelled, "EXPULSION", "2024-09-12");
        UUID appeal = APPEALS.lodged(expelled, null, "2024-10-01", "STANDING_COMMITTEE", null);

        APPEALS.resolve(expelled, appeal, "CHANGED", null, "2024-11-20").statusCode(400);
        APPEALS.resolve(expelled, appeal, "CHANGED", "EXPULSION", "2024-11-20")
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-OUTCOME"));
        APPEALS.resolve(expelled, appeal, "UPHELD", "WARNING", "2024-11-20").statusCode(400);
        APPEALS.resolve(expelled, appeal, "CHANGED", "WARNING", "2024-09-30")
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        given().auth()
                .oauth2(INSPECTOR)
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body(AppealRequests.resolution("CHANGED", "WARNING", "2024-11-20"))
                .post("/api/v1/discipline-cases/" + expelled + "/appeals/" + appeal + "/resolution")
                .then()
                .statusCode(412);
        APPEALS.resolve(expelled, appeal, "CHANGED", "WARNING", "2024-11-20")
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("CHANGED"))
                .body("previousForm", equalTo("EXPULSION"))
                .body("form", equalTo("WARNING"));
        APPEALS.resolve(expelled, appeal, "ANNULLED", null, "2024-11-21")
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        given().auth()
                .oauth2(INSPECTOR)
                .get("/api/v1/discipline-cases/" + expelled)
                .then()
                .body("status", equalTo("DECIDED"))
                .body("form", equalTo("WARNING"))
                .body("decidedOn", equalTo("2024-09-12"));

        List<Map<String, Object>> events = ReviewFlowTest.changesOf(expelled);
        assertEquals(
                List.of("DisciplineDecided", "DisciplineAppealResolved"),
                events.stream().map(e -> e.get("type")).toList());
        Map<?, ?> resolved = (Map<?, ?>) events.get(1).get("data");
        assertEquals("CHANGED", resolved.get("outcome"));
        assertEquals("EXPULSION", resolved.get("previousForm"));
        assertEquals("WARNING", resolved.get("form"));
        assertEquals("2024-11-20", resolved.get("resolvedOn"));
        assertFalse(resolved.toString().contains("nghị quyết"), "no violation text: " + resolved);
        assertEquals(List.of(), SensitivePersonnelDataTest.typesOf(Tokens.as("integration"), expelled));
    }

    /** QĐ 124-QĐ/TW, Điều 12 khoản 4 4.3 d weighs on a decision in force, not on one annulled on appeal. */
    @Test
    void anAnnulledDecisionNoLongerWeighsOnTheRatingOrCountsInTheReport() {
        UUID member = Feed.member(cell.id(), "Tạ Văn Oan");
        UUID annulled = openCase(member, "CELL", cell.id());
        decide(annulled, "REPRIMAND", "2024-03-12");
        UUID cycle = Api.cycle(2024);
        UUID review = UUID.fromString(Api.selfAssess(admin(), cycle, "MEMBER", member, level("GOOD"))
                .statusCode(201)
                .extract()
                .path("id"));
        Api.propose(admin(), review, level("GOOD")).statusCode(200);
        Api.decide(admin(), review, level("GOOD")).statusCode(422).body("rule", equalTo("REV-DISCIPLINED"));

        UUID appeal = APPEALS.lodged(annulled, null, "2024-03-20", "STANDING_COMMITTEE", grassroots.id());
        APPEALS.resolve(annulled, appeal, "ANNULLED", null, "2024-05-02").statusCode(200);
        given().auth()
                .oauth2(INSPECTOR)
                .get("/api/v1/discipline-cases/" + annulled)
                .then()
                .body("status", equalTo("ANNULLED"))
                .body("form", equalTo("REPRIMAND"));
        APPEALS.lodge(annulled, "2024-05-02", "2024-05-10", "STANDING_COMMITTEE", bloc.id())
                .statusCode(422)
                .body("rule", equalTo("DIS-APPEAL-FLOW"));
        Api.decide(admin(), review, level("GOOD")).statusCode(200);
        Map<?, ?> outcome =
                (Map<?, ?>) ReviewFlowTest.changesOf(annulled).get(1).get("data");
        assertEquals("ANNULLED", outcome.get("status"));
        assertNull(outcome.get("form"));

        UUID upheld = openCase(Feed.member(cell.id(), "Tạ Văn Giữ"), "CELL", cell.id());
        decide(upheld, "WARNING", "2024-04-01");
        APPEALS.resolve(
                        upheld,
                        APPEALS.lodged(upheld, null, "2024-04-15", "STANDING_COMMITTEE", grassroots.id()),
                        "UPHELD",
                        null,
                        "2024-06-01")
                .statusCode(200);
        APPEALS.lodged(upheld, null, "2024-06-20", "STANDING_COMMITTEE", bloc.id());
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .get("/api/v1/discipline-cases/report")
                .then()
                .statusCode(200)
                .body("decided", equalTo(1))
                .body("byForm.WARNING", equalTo(1))
                .body("byForm.REPRIMAND", equalTo(0))
                .body("appealsLodged", equalTo(3))
                .body("appealsResolved.ANNULLED", equalTo(1))
                .body("appealsResolved.UPHELD", equalTo(1))
                .body("appealsResolved.CHANGED", equalTo(0));
    }

    @Test
    void theAppealTermsAreReadWithTheirSource() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/discipline-cases/appeal-terms")
                .then()
                .statusCode(200)
                .body("withinMonths", equalTo(1))
                .body("source", equalTo("Điều lệ Đảng, Điều 39 khoản 7"));
    }

    @Test
    void anAppealOfAnotherCaseIsNotFound() {
        UUID member = Feed.member(cell.id(), "Vi Văn Lạc");
        UUID one = openCase(member, "CELL", cell.id());
        UUID other = openCase(member, "CELL", cell.id());
        decide(one, "REPRIMAND", "2024-03-12");
        UUID appeal = APPEALS.lodged(one, null, "2024-03-20", "STANDING_COMMITTEE", grassroots.id());
        given().auth()
                .oauth2(INSPECTOR)
                .get("/api/v1/discipline-cases/" + other + "/appeals/" + appeal)
                .then()
                .statusCode(404);
        APPEALS.resolve(other, appeal, "UPHELD", null, "2024-04-01").statusCode(404);
    }

    private static UUID openCase(UUID member, String bodyKind, UUID body) {
        return UUID.fromString(Api.post(INSPECTOR, "/api/v1/discipline-cases", """
                        {"memberId":"%s","violation":"Không chấp hành nghị quyết của chi bộ","category":"PARTY_ACTIVITIES",
                         "violatedOn":"2024-01-10","bodyKind":"%s","bodyOrganizationId":"%s","openedOn":"2024-02-01"}""".formatted(member, bodyKind, body))
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static void decide(UUID disciplineCase, String form, String decidedOn) {
        Api.post(
                        INSPECTOR,
                        "/api/v1/discipline-cases/" + disciplineCase + "/decisions",
                        "{\"form\":\"" + form + "\",\"decisionNumber\":\"12-QĐ/ĐUK\",\"decidedOn\":\"" + decidedOn
                                + "\"}")
                .statusCode(200);
    }
}
