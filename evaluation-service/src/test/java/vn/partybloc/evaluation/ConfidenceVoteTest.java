package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ConfidenceVoteTest {

    static String ballots(UUID member, int returned, int high, int trust, int low) {
        return """
                {"memberId":"%s","positionTitle":"Bí thư","ballotsIssued":%d,"ballotsReturned":%d,"validBallots":%d,
                 "invalidBallots":0,"high":%d,"trust":%d,"low":%d}""".formatted(member, returned, returned, returned, high, trust, low);
    }

    static String vote(UUID org, int summoned, int present, List<String> results) {
        return """
                {"organizationId":"%s","body":"Ban Chấp hành","votedOn":"2024-11-15","summoned":%d,"present":%d,"results":[%s]}""".formatted(org, summoned, present, String.join(",", results));
    }

    @Test
    void flagsFollowTheShareOfLowOverBallotsReturned() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID trusted = UUID.randomUUID();
        UUID halfLow = UUID.randomUUID();
        UUID justOverHalf = UUID.randomUUID();
        UUID twoThirds = UUID.randomUUID();
        UUID id = UUID.fromString(Api.post(
                        admin(),
                        "/api/v1/confidence-votes",
                        vote(
                                unit.id(),
                                30,
                                20,
                                List.of(
                                        ballots(trusted, 18, 10, 6, 2),
                                        ballots(halfLow, 18, 3, 6, 9),
                                        ballots(justOverHalf, 18, 2, 6, 10),
                                        ballots(twoThirds, 18, 0, 6, 12))))
                .statusCode(201)
                .body("valid", equalTo(true))
                .body("results.flag", hasItems("NONE", "REMOVE_FROM_PLANNING", "DISMISSAL"))
                .extract()
                .path("id"));
        var vote = given().auth()
                .oauth2(admin())
                .get("/api/v1/confidence-votes/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("NONE", flag(vote, trusted));
        assertEquals("NONE", flag(vote, halfLow), "exactly half is not over half");
        assertEquals("REMOVE_FROM_PLANNING", flag(vote, justOverHalf));
        assertEquals("DISMISSAL", flag(vote, twoThirds), "two thirds is enough for dismissal");
        assertEquals(66.67f, vote.getFloat("results.find { it.memberId == '" + twoThirds + "' }.lowPercent"));
        ReviewFlowTest.assertEvents(id, List.of("ConfidenceVoteRecorded"));
        Map<?, ?> data = (Map<?, ?>) ReviewFlowTest.changesOf(id).get(0).get("data");
        assertEquals(4, ((List<?>) data.get("results")).size());
    }

    @Test
    void aSessionWithoutTwoThirdsPresentIsInvalidAndRaisesNoFlag() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Api.post(
                        admin(),
                        "/api/v1/confidence-votes",
                        vote(unit.id(), 30, 19, List.of(ballots(UUID.randomUUID(), 19, 0, 0, 19))))
                .statusCode(201)
                .body("valid", equalTo(false))
                .body("results[0].flag", equalTo("NONE"));
        Api.post(
                        admin(),
                        "/api/v1/confidence-votes",
                        vote(unit.id(), 30, 20, List.of(ballots(UUID.randomUUID(), 20, 0, 0, 20))))
                .statusCode(201)
                .body("valid", equalTo(true))
                .body("results[0].flag", equalTo("DISMISSAL"));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", unit.id().toString())
                .queryParam("year", 2024)
                .get("/api/v1/confidence-votes")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void countsThatDoNotAddUpAreRefusedPerPerson() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID same = UUID.randomUUID();
        Api.post(
                        admin(),
                        "/api/v1/confidence-votes",
                        vote(
                                unit.id(),
                                30,
                                25,
                                List.of(
                                        ballots(UUID.randomUUID(), 20, 10, 5, 4),
                                        ballots(UUID.randomUUID(), 26, 10, 10, 6),
                                        ballots(same, 20, 10, 5, 5),
                                        ballots(same, 20, 10, 5, 5))))
                .statusCode(422)
                .body("rule", equalTo("CV-COUNTS"))
                .body("errors.field", contains("results[0]", "results[1]", "results[3]"));
        Api.post(
                        admin(),
                        "/api/v1/confidence-votes",
                        vote(unit.id(), 30, 31, List.of(ballots(UUID.randomUUID(), 20, 10, 5, 5))))
                .statusCode(400);
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", unit.id().toString())
                .get("/api/v1/confidence-votes")
                .then()
                .body("total", equalTo(0));
        Api.post(
                        Tokens.as("inspector"),
                        "/api/v1/confidence-votes",
                        vote(unit.id(), 30, 25, List.of(ballots(UUID.randomUUID(), 20, 10, 5, 5))))
                .statusCode(403);
        Api.post(
                        Tokens.secretaryOf(unit.id()),
                        "/api/v1/confidence-votes",
                        vote(unit.id(), 30, 25, List.of(ballots(UUID.randomUUID(), 20, 10, 5, 5))))
                .statusCode(403);
    }

    private static String flag(io.restassured.path.json.JsonPath vote, UUID member) {
        return vote.getString("results.find { it.memberId == '" + member + "' }.flag");
    }
}
