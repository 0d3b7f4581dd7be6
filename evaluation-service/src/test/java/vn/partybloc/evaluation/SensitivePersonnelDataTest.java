package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/**
 * docs/security.md, "What travels where": the changes feed shows an event type only to the roles that may read its
 * resource, and no event carries free text about a person. The access table checks the resources themselves.
 */
@QuarkusTest
class SensitivePersonnelDataTest {

    @Test
    void theChangesFeedShowsConfidenceVotesOnlyToRolesClearedToReadThem() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID vote = UUID.fromString(Api.post(
                        admin(),
                        "/api/v1/confidence-votes",
                        ConfidenceVoteTest.vote(
                                unit.id(), 10, 9, List.of(ConfidenceVoteTest.ballots(UUID.randomUUID(), 9, 0, 2, 7))))
                .statusCode(201)
                .extract()
                .path("id"));
        UUID plan = concludedInspection(unit, "Chấp hành tốt");

        for (String cleared : List.of(admin(), Tokens.as("organizer"))) {
            assertEquals(List.of("ConfidenceVoteRecorded"), typesOf(cleared, vote));
            assertEquals(List.of("InspectionConcluded"), typesOf(cleared, plan));
        }
        String integration = Tokens.as("integration");
        assertEquals(List.of(), typesOf(integration, vote), "integration may not read confidence votes");
        assertEquals(List.of("InspectionConcluded"), typesOf(integration, plan), "but follows the rest of the feed");
        assertEquals(List.of(), onlyVotes(integration), "naming the hidden type does not show it");
        List<Object> votes = onlyVotes(admin());
        assertFalse(votes.isEmpty());
        assertEquals(
                List.of("ConfidenceVoteRecorded"), votes.stream().distinct().toList());
    }

    /** The types of the first page of the feed asked for confidence votes only. */
    private static List<Object> onlyVotes(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("type", "ConfidenceVoteRecorded")
                .queryParam("limit", 1000)
                .get("/api/v1/changes/evaluations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.type");
    }

    @Test
    void anInspectionsConclusionAndAReviewsCancelReasonStayOutOfTheEvents() {
        Feed.Org unit = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        String conclusion = "Vi phạm quy định về những điều đảng viên không được làm " + UUID.randomUUID();
        UUID plan = concludedInspection(unit, conclusion);

        Map<?, ?> concluded = (Map<?, ?>) ReviewFlowTest.changesOf(plan).get(0).get("data");
        assertEquals("DONE", concluded.get("status"));
        assertFalse(concluded.containsKey("conclusion"), "no conclusion field: " + concluded);
        assertFalse(concluded.toString().contains(conclusion), "no conclusion text: " + concluded);

        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(unit, "SUBORDINATE_CELL");
        UUID member = Feed.member(cell.id(), "Đỗ Văn Kết");
        UUID first = Api.decided(cycle, "MEMBER", member, Api.level("EXCELLENT"));
        String reason = "Kết luận kiểm tra về đảng viên " + UUID.randomUUID();
        Api.post(
                        Tokens.as("organizer"),
                        "/api/v1/reviews/" + first + "/re-ratings",
                        "{\"reason\":\"" + reason + "\",\"decision\":{" + Api.level("GOOD")
                                + ",\"decidedOn\":\"2025-01-10\"}}")
                .statusCode(201);
        List<Map<String, Object>> events = ReviewFlowTest.changesOf(first);
        assertEquals(
                List.of("ReviewDecided", "ReviewCancelled"),
                events.stream().map(e -> e.get("type")).toList());
        Map<?, ?> cancelled = (Map<?, ?>) events.get(1).get("data");
        assertEquals("CANCELLED", cancelled.get("status"));
        assertFalse(cancelled.containsKey("cancelReason"), "no cancel reason field: " + cancelled);
        assertFalse(cancelled.toString().contains(reason), "no cancel reason text: " + cancelled);
    }

    /**
     * A screening's decision reaches member-service as {@code ScreeningDecided}: the outcome, the date and the decision
     * number, never what was found; the feed shows it only to the roles that read screening findings.
     */
    @Test
    void aScreeningDecisionIsPublishedWithoutTheFindingAndOnlyToClearedRoles() {
        Feed.Org body = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(body, "SUBORDINATE_CELL");
        UUID member = Feed.member(cell.id(), "Hồ Văn Sàng");
        UUID plan = UUID.fromString(planOfOneItem(body, cell).getString("id"));
        String finding = "Vi phạm tư cách đảng viên " + UUID.randomUUID();
        UUID screening = UUID.fromString(Api.post(
                        Tokens.as("inspector"),
                        "/api/v1/inspection-plans/" + plan + "/screening-findings",
                        "{\"memberId\":\"" + member + "\",\"finding\":\"" + finding
                                + "\",\"outcome\":\"EXPELLED\",\"decidedOn\":\"2024-08-20\","
                                + "\"decisionNumber\":\"45-QĐ/ĐU\"}")
                .statusCode(201)
                .extract()
                .path("id"));

        List<Map<String, Object>> events = ReviewFlowTest.changesOf(screening);
        assertEquals(
                List.of("ScreeningDecided"),
                events.stream().map(e -> e.get("type")).toList());
        Map<?, ?> decided = (Map<?, ?>) events.get(0).get("data");
        assertEquals(
                Map.of(
                        "findingId", screening.toString(),
                        "planId", plan.toString(),
                        "memberId", member.toString(),
                        "organizationId", cell.id().toString(),
                        "outcome", "EXPELLED",
                        "decidedOn", "2024-08-20",
                        "decisionNumber", "45-QĐ/ĐU"),
                decided);
        assertEquals(List.of("ScreeningDecided"), typesOf(Tokens.as("organizer"), screening));
        assertEquals(List.of(), typesOf(Tokens.as("integration"), screening), "integration may not read screenings");
    }

    /** An inspector's plan of the body's inspection committee with one thematic item on the cell. */
    private static JsonPath planOfOneItem(Feed.Org body, Feed.Org cell) {
        return Api.post(
                        Tokens.as("inspector"),
                        "/api/v1/inspection-plans",
                        InspectionPlanTest.plan(
                                body.id(),
                                "INSPECTION_COMMITTEE",
                                List.of(InspectionPlanTest.item("THEMATIC", "ORGANIZATION", cell.id()))))
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static UUID concludedInspection(Feed.Org body, String conclusion) {
        var created = planOfOneItem(body, Feed.child(body, "SUBORDINATE_CELL"));
        UUID plan = UUID.fromString(created.getString("id"));
        Api.post(
                        Tokens.as("inspector"),
                        "/api/v1/inspection-plans/" + plan + "/items/" + created.getString("items[0].id")
                                + "/conclusions",
                        "{\"findings\":\"Sổ sách đầy đủ\",\"conclusion\":\"" + conclusion
                                + "\",\"concludedOn\":\"2024-05-10\"}")
                .statusCode(200);
        return plan;
    }

    /** The types of the aggregate's events in the whole feed as the token's caller reads it, page by page. */
    static List<Object> typesOf(String token, UUID aggregate) {
        List<Object> types = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(token).queryParam("limit", 1000);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/changes/evaluations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream()
                    .filter(e -> aggregate.toString().equals(e.get("subject")))
                    .forEach(e -> types.add(e.get("type")));
            after = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return types;
    }
}
