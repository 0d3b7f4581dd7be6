package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

/** Issue 19: the ratings in force on a day, exported as one snapshot with the evaluations' feed cursor. */
@QuarkusTest
class ReviewExportTest {

    private static final String EXPORTS = "/api/v1/reviews/exports";

    /**
     * Today's export of a subtree holds its current ratings of every year, each as its GET shows it, and neither a
     * review still in the flow, nor one a re-rating replaced, nor another subtree's; as of a past day, those in force
     * then (also the one re-rated since); a year and a subject kind narrow it; a rating decided after the export is in
     * the feed after its cursor and not in the export.
     */
    @Test
    void anExportHoldsTheRatingsInForceOnTheDayAndTheFeedAfterItsCursorTheRest() {
        UUID cycle2023 = Api.cycle(2023);
        UUID cycle2024 = Api.cycle(2024);
        Feed.Org grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");
        UUID ratedIn2023 = Feed.member(cell.id(), "Trần Văn Năm Trước");
        UUID decidedLate = Feed.member(cell.id(), "Trần Thị Quyết Muộn");
        UUID reRated = Feed.member(cell.id(), "Trần Văn Xếp Lại");
        UUID inTheFlow = Feed.member(cell.id(), "Trần Thị Tự Đánh Giá");
        UUID ratedLater = Feed.member(cell.id(), "Trần Văn Sau Xuất");
        UUID elsewhere = Feed.member(
                Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                        .id(),
                "Trần Văn Nơi Khác");
        Api.batch(
                        admin(),
                        cycle2023,
                        List.of(
                                Api.item("MEMBER", ratedIn2023, level("GOOD"), "2023-12-20"),
                                Api.item("MEMBER", elsewhere, level("GOOD"), "2023-12-20")))
                .statusCode(201);
        Api.batch(
                        admin(),
                        cycle2024,
                        List.of(
                                Api.item("MEMBER", decidedLate, level("EXCELLENT"), "2025-01-15"),
                                Api.item("MEMBER", reRated, level("EXCELLENT"), "2024-12-20"),
                                Api.item("SUBORDINATE_ORGANIZATION", cell.id(), level("GOOD"), "2024-12-20")))
                .statusCode(201);
        Api.selfAssess(admin(), cycle2024, "MEMBER", inTheFlow, level("GOOD")).statusCode(201);
        String cancelled = reviewOf(reRated);
        String replacement = Api.post(
                        admin(),
                        "/api/v1/reviews/" + cancelled + "/re-ratings",
                        "{\"reason\":\"Kết luận kiểm tra 12-KL/UBKT\",\"decision\":{" + level("GOOD")
                                + ",\"decisionNumber\":\"3-QĐ/ĐUK\",\"decidedOn\":\"2025-01-10\"}}")
                .statusCode(201)
                .extract()
                .path("id");
        String integration = Tokens.as("integration");
        String subtree = "\"organizationId\":\"" + grassroots.id() + "\"";

        JsonPath today = ExportClient.done(ExportClient.ask(EXPORTS, integration, "{" + subtree + "}"), integration);
        List<Map<String, Object>> lines = ExportClient.content(EXPORTS, today.getString("id"), integration);
        assertEquals(
                Set.of(reviewOf(ratedIn2023), reviewOf(decidedLate), replacement, reviewOf(cell.id())),
                Set.copyOf(ids(lines)));
        assertEquals(
                List.of(2023, 2024, 2024, 2024),
                lines.stream()
                        .map(line -> year((String) line.get("cycleId"), cycle2023))
                        .toList(),
                "by cycle");
        Map<String, Object> line = lines.get(0);
        assertEquals(
                given().auth()
                        .oauth2(integration)
                        .get("/api/v1/reviews/" + line.get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap(""),
                line,
                "a line is the review as its GET shows it");
        assertEquals(
                Set.of(reviewOf(ratedIn2023), reviewOf(cell.id()), cancelled),
                Set.copyOf(ids(exported(integration, "{" + subtree + ",\"asOf\":\"2024-12-31\"}"))),
                "as of a day before the re-rating and the late decision: the rating the re-rating later cancelled");
        assertEquals(
                List.of(reviewOf(cell.id())),
                ids(exported(
                        integration,
                        "{" + subtree + ",\"year\":2024,\"subjectKinds\":[\"SUBORDINATE_ORGANIZATION\"]}")));

        Api.batch(admin(), cycle2024, List.of(Api.item("MEMBER", ratedLater, level("COMPLETE"), "2024-12-20")))
                .statusCode(201);
        Set<String> decidedAfter =
                ExportClient.feedAfter("/api/v1/changes/evaluations", today.getString("cursor"), integration).stream()
                        .filter(event -> "ReviewDecided".equals(event.get("type")))
                        .map(event -> (String) ((Map<?, ?>) event.get("data")).get("reviewId"))
                        .collect(Collectors.toSet());
        assertTrue(decidedAfter.contains(reviewOf(ratedLater)), "the feed after the cursor decides the new rating");
        assertFalse(decidedAfter.contains(reviewOf(decidedLate)), "and not one the export holds");
    }

    /** A secretary exports their own subtree's ratings; one above it is a 404. */
    @Test
    void aSecretaryExportsOnlyTheirOwnSubtree() {
        Feed.Org grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");
        UUID member = Feed.member(cell.id(), "Trần Thị Chi Bộ");
        Api.batch(admin(), Api.cycle(2024), List.of(Api.item("MEMBER", member, level("GOOD"), "2024-12-20")))
                .statusCode(201);
        String secretary = Tokens.secretaryOf(grassroots.id());

        assertEquals(List.of(reviewOf(member)), ids(exported(secretary, "{}")));
        ExportClient.askForSubtree(EXPORTS, secretary, Feed.bloc().id()).statusCode(404);
    }

    /** The subject's current review (the only one, or the one a re-rating made). */
    private static String reviewOf(UUID subject) {
        return given().auth()
                .oauth2(admin())
                .queryParam("subjectId", subject.toString())
                .queryParam("status", "DECIDED")
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    private static int year(String cycleId, UUID cycle2023) {
        return cycleId.equals(cycle2023.toString()) ? 2023 : 2024;
    }

    private static List<Map<String, Object>> exported(String token, String body) {
        return ExportClient.content(EXPORTS, ExportClient.exported(EXPORTS, token, body), token);
    }

    private static List<String> ids(List<Map<String, Object>> lines) {
        return lines.stream().map(line -> (String) line.get("id")).toList();
    }
}
