package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ReviewFlowTest {

    @Test
    void aRatingGoesFromSelfAssessmentThroughProposalAndDecisionToPublication() {
        UUID cycle = Api.cycle(2024);
        Feed.Org org = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID id = UUID.fromString(Api.selfAssess(
                        admin(),
                        cycle,
                        "GRASSROOTS_ORGANIZATION",
                        org.id(),
                        level("EXCELLENT") + ",\"note\":\"Tự đánh giá\"")
                .statusCode(201)
                .header("Location", containsString("/api/v1/reviews/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("SELF_ASSESSED"))
                .body("selfLevel", equalTo("EXCELLENT"))
                .body("organizationId", equalTo(org.id().toString()))
                .body("ruleSetId", equalTo("2019a000-0000-4000-8000-000000000021"))
                .extract()
                .path("id"));
        Api.propose(admin(), id, level("GOOD"))
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("proposedLevel", equalTo("GOOD"));
        Api.decide(admin(), id, level("GOOD"))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("level", equalTo("GOOD"))
                .body("decisionNumber", equalTo("45-QĐ/ĐUK"))
                .body("decidedBy", equalTo("admin"));
        Api.post(admin(), "/api/v1/reviews/" + id + "/publications", "{\"publishedOn\":\"2024-12-28\"}")
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedOn", equalTo("2024-12-28"));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/reviews/" + id + "/history")
                .then()
                .statusCode(200)
                .body("action", contains("SELF_ASSESSED", "PROPOSED", "DECIDED", "PUBLISHED"))
                .body("level", contains("EXCELLENT", "GOOD", "GOOD", "GOOD"))
                .body("[0].note", equalTo("Tự đánh giá"))
                .body("actedBy", hasItems("admin"));
        assertEvents(id, List.of("ReviewDecided", "ReviewPublished"));
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingTheRule() {
        UUID cycle = Api.cycle(2024);
        Feed.Org org = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID id = UUID.fromString(Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", org.id(), level("GOOD"))
                .statusCode(201)
                .extract()
                .path("id"));
        Api.decide(admin(), id, level("GOOD"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("REV-FLOW"));
        Api.post(admin(), "/api/v1/reviews/" + id + "/publications", "{\"publishedOn\":\"2024-12-28\"}")
                .statusCode(422)
                .body("rule", equalTo("REV-FLOW"));
        Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", org.id(), level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-ONE-PER-CYCLE"));
        Api.propose(admin(), id, level("GOOD")).statusCode(200);
        Api.propose(admin(), id, level("GOOD")).statusCode(422).body("rule", equalTo("REV-FLOW"));
        Api.selfAssess(admin(), cycle, "SUBORDINATE_ORGANIZATION", org.id(), level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SUBJECT"));
        Api.selfAssess(admin(), cycle, "MEMBER", UUID.randomUUID(), level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SUBJECT"));
        given().auth().oauth2(admin()).get("/api/v1/reviews/" + id).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    @InvalidRequestsOnPurpose // a score above 100, which the document does not allow, must be answered 400
    void scoreAndLevelMustAgreeWithTheRuleSetInForceForTheCycle() {
        UUID cycle2025 = Api.cycle(2025);
        UUID cycle2024 = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        Map<String, String> bands = Map.of(
                "90",
                "EXCELLENT",
                "89.99",
                "GOOD",
                "70",
                "GOOD",
                "69.99",
                "COMPLETE",
                "50",
                "COMPLETE",
                "49.99",
                "NOT_COMPLETE",
                "0",
                "NOT_COMPLETE",
                "100",
                "EXCELLENT");
        bands.forEach((score, expected) -> {
            UUID member = Feed.member(cell.id(), "Trần Thị Bình");
            Api.selfAssess(admin(), cycle2025, "MEMBER", member, "\"score\":" + score)
                    .statusCode(201)
                    .body("selfLevel", equalTo(expected))
                    .body("ruleSetId", equalTo("2025a000-0000-4000-8000-000000000366"));
        });
        UUID member = Feed.member(cell.id(), "Lê Văn Cường");
        Api.selfAssess(admin(), cycle2025, "MEMBER", member, "\"score\":95," + level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SCORE"))
                .body("detail", containsString("EXCELLENT"));
        Api.selfAssess(admin(), cycle2025, "MEMBER", member, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SCORE"));
        Api.selfAssess(admin(), cycle2024, "MEMBER", member, "\"score\":80," + level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SCORE"));
        Api.selfAssess(admin(), cycle2024, "MEMBER", member, "\"note\":\"no level\"")
                .statusCode(400);
        Api.selfAssess(admin(), cycle2025, "MEMBER", member, "\"score\":100.5").statusCode(400);

        UUID id = UUID.fromString(Api.selfAssess(admin(), cycle2025, "MEMBER", member, "\"score\":72")
                .statusCode(201)
                .extract()
                .path("id"));
        Api.propose(admin(), id, "\"score\":91," + level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SCORE"));
        Api.propose(admin(), id, "\"score\":91").statusCode(200).body("proposedLevel", equalTo("EXCELLENT"));
        Api.decide(admin(), id, "\"score\":68.5")
                .statusCode(200)
                .body("level", equalTo("COMPLETE"))
                .body("score", equalTo(68.5f));
    }

    @Test
    @InvalidRequestsOnPurpose // a re-rating without its required reason must be answered 400
    void aDecidedRatingChangesOnlyByCancelAndReRateAndTheTrailKeepsBoth() {
        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID member = Feed.member(cell.id(), "Phạm Văn Dũng");
        UUID first = Api.decided(cycle, "MEMBER", member, level("EXCELLENT"));
        Api.propose(admin(), first, level("GOOD")).statusCode(422).body("rule", equalTo("REV-FLOW"));
        Api.decide(admin(), first, level("GOOD")).statusCode(422).body("rule", equalTo("REV-FLOW"));
        Api.post(
                        admin(),
                        "/api/v1/reviews/" + first + "/re-ratings",
                        "{\"decision\":{" + level("GOOD") + ",\"decidedOn\":\"2025-01-10\"}}")
                .statusCode(400);

        UUID second = UUID.fromString(given().auth()
                .oauth2(Tokens.as("organizer"))
                .contentType("application/json")
                .body("{\"reason\":\"Kết luận kiểm tra 12-KL/UBKT\",\"decision\":{" + level("GOOD")
                        + ",\"decisionNumber\":\"3-QĐ/ĐUK\",\"decidedOn\":\"2025-01-10\"}}")
                .post("/api/v1/reviews/" + first + "/re-ratings")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/reviews/"))
                .body("status", equalTo("DECIDED"))
                .body("level", equalTo("GOOD"))
                .body("replacesReviewId", equalTo(first.toString()))
                .extract()
                .path("id"));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/reviews/" + first)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("level", equalTo("EXCELLENT"))
                .body("cancelReason", equalTo("Kết luận kiểm tra 12-KL/UBKT"))
                .body("cancelledBy", equalTo("organizer"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/reviews/" + first + "/history")
                .then()
                .body("action", contains("SELF_ASSESSED", "PROPOSED", "DECIDED", "CANCELLED"))
                .body("[3].note", equalTo("Kết luận kiểm tra 12-KL/UBKT"))
                .body("[3].actedBy", equalTo("organizer"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/reviews/" + second + "/history")
                .then()
                .body("action", contains("DECIDED"))
                .body("[0].note", containsString("Re-rated: Kết luận kiểm tra"));
        given().auth()
                .oauth2(admin())
                .queryParam("subjectId", member.toString())
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", hasItems("CANCELLED", "DECIDED"));
        Api.post(
                        admin(),
                        "/api/v1/reviews/" + first + "/re-ratings",
                        "{\"reason\":\"again\",\"decision\":{" + level("COMPLETE") + ",\"decidedOn\":\"2025-01-11\"}}")
                .statusCode(422)
                .body("rule", equalTo("REV-FLOW"));

        assertEvents(first, List.of("ReviewDecided", "ReviewCancelled"));
        assertEvents(second, List.of("ReviewDecided"));
        List<Map<String, Object>> events = changesOf(second);
        Map<?, ?> data = (Map<?, ?>) events.get(0).get("data");
        org.junit.jupiter.api.Assertions.assertEquals(first.toString(), data.get("replacesReviewId"));
        org.junit.jupiter.api.Assertions.assertEquals("GOOD", data.get("level"));
    }

    @Test
    void aSecretaryProposesInTheirSubtreeButNeverDecidesTheirOwnOrganization() {
        UUID cycle = Api.cycle(2024);
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org myCell = Feed.child(mine, "SUBORDINATE_CELL");
        Feed.Org elsewhere = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID memberOfMyCell = Feed.member(myCell.id(), "Hoàng Thị Em");
        String secretary = Tokens.secretaryOf(mine.id());
        String cellSecretary = Tokens.secretaryOf(myCell.id());

        UUID own = UUID.fromString(Api.selfAssess(secretary, cycle, "GRASSROOTS_ORGANIZATION", mine.id(), level("GOOD"))
                .statusCode(201)
                .extract()
                .path("id"));
        Api.propose(secretary, own, level("GOOD")).statusCode(200);
        Api.decide(secretary, own, level("EXCELLENT")).statusCode(422).body("rule", equalTo("REV-SUPERIOR-DECIDES"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/reviews/" + own)
                .then()
                .body("status", equalTo("PROPOSED"))
                .body("level", nullValue());
        Api.decide(Tokens.as("inspector"), own, level("GOOD")).statusCode(200);

        UUID cellReview = UUID.fromString(
                Api.selfAssess(cellSecretary, cycle, "SUBORDINATE_ORGANIZATION", myCell.id(), level("GOOD"))
                        .statusCode(201)
                        .extract()
                        .path("id"));
        Api.propose(cellSecretary, cellReview, level("GOOD")).statusCode(200);
        Api.decide(cellSecretary, cellReview, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SUPERIOR-DECIDES"));
        Api.decide(secretary, cellReview, level("GOOD")).statusCode(200);

        UUID memberReview =
                UUID.fromString(Api.selfAssess(cellSecretary, cycle, "MEMBER", memberOfMyCell, level("GOOD"))
                        .statusCode(201)
                        .extract()
                        .path("id"));
        Api.propose(cellSecretary, memberReview, level("GOOD")).statusCode(200);
        Api.decide(cellSecretary, memberReview, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SUPERIOR-DECIDES"));
        Api.decide(secretary, memberReview, level("GOOD")).statusCode(200);

        Api.selfAssess(secretary, cycle, "GRASSROOTS_ORGANIZATION", elsewhere.id(), level("GOOD"))
                .statusCode(404)
                .contentType("application/problem+json");
        UUID foreign =
                UUID.fromString(Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", elsewhere.id(), level("GOOD"))
                        .statusCode(201)
                        .extract()
                        .path("id"));
        Api.propose(secretary, foreign, level("GOOD")).statusCode(404);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/reviews/" + foreign)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(secretary)
                .queryParam("cycleId", cycle.toString())
                .queryParam("size", 500)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .body("total", equalTo(3));
    }

    @Test
    void committeesAndCommitteeMembersAreRatedThroughTheReplicas() {
        UUID cycle = Api.cycle(2024);
        Feed.Org org = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(org, "SUBORDINATE_CELL");
        UUID committee = Feed.committee(org.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        UUID person = Feed.member(cell.id(), "Vũ Văn Giang");
        UUID position = Feed.position(person, committee, org.id(), "EXECUTIVE_COMMITTEE", "SECRETARY", "2020-07-01");
        Feed.awaitRows("committees", List.of(committee));
        Feed.awaitRows("positions", List.of(position));

        Api.selfAssess(admin(), cycle, "COLLECTIVE_COMMITTEE", committee, level("GOOD"))
                .statusCode(201)
                .body("organizationId", equalTo(org.id().toString()));
        Api.selfAssess(admin(), cycle, "COMMITTEE_MEMBER", person, level("GOOD"))
                .statusCode(201)
                .body("organizationId", equalTo(org.id().toString()));
        Api.selfAssess(admin(), cycle, "MEMBER", person, level("GOOD"))
                .statusCode(201)
                .body("organizationId", equalTo(cell.id().toString()));
        UUID notOnACommittee = Feed.member(cell.id(), "Đỗ Thị Hạnh");
        Api.selfAssess(admin(), cycle, "COMMITTEE_MEMBER", notOnACommittee, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-SUBJECT"));
    }

    @Test
    void twoConcurrentSelfAssessmentsOfOneSubjectLeaveOneReviewAndTheLoserIsToldTheRule() throws Exception {
        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        for (int round = 0; round < 20; round++) {
            UUID member = Feed.member(cell.id(), "Ngô Văn Nam");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Callable<io.restassured.response.Response> call = () -> given().auth()
                        .oauth2(admin())
                        .contentType("application/json")
                        .body("""
                                {"cycleId":"%s","subjectKind":"MEMBER","subjectId":"%s","level":"GOOD"}""".formatted(cycle, member))
                        .post("/api/v1/reviews");
                var first = pool.submit(call);
                var second = pool.submit(call);
                List<io.restassured.response.Response> answers = List.of(first.get(), second.get());
                org.junit.jupiter.api.Assertions.assertEquals(
                        List.of(201, 422),
                        answers.stream()
                                .map(io.restassured.response.Response::statusCode)
                                .sorted()
                                .toList());
                answers.stream()
                        .filter(a -> a.statusCode() == 422)
                        .forEach(a ->
                                org.junit.jupiter.api.Assertions.assertEquals("REV-ONE-PER-CYCLE", a.path("rule")));
            } finally {
                pool.shutdown();
            }
            given().auth()
                    .oauth2(admin())
                    .queryParam("subjectId", member.toString())
                    .get("/api/v1/reviews")
                    .then()
                    .body("total", equalTo(1));
        }
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        UUID cycle = Api.cycle(2024);
        Feed.Org org = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID id = UUID.fromString(Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", org.id(), level("GOOD"))
                .statusCode(201)
                .extract()
                .path("id"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body("{" + level("GOOD") + "}")
                .post("/api/v1/reviews/" + id + "/proposals")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{" + level("GOOD") + "}")
                .post("/api/v1/reviews/" + id + "/proposals")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
    }

    /** The events of one aggregate, read through the changes feed page by page. */
    static List<Map<String, Object>> changesOf(UUID aggregate) {
        List<Map<String, Object>> collected = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(admin()).queryParam("limit", 1000);
            if (after != null) {
                request.queryParam("after", after);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/v1/changes/evaluations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            collected.addAll(page.getList("items"));
            after = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return collected.stream()
                .filter(e -> aggregate.toString().equals(e.get("subject")))
                .toList();
    }

    static void assertEvents(UUID aggregate, List<String> types) {
        org.junit.jupiter.api.Assertions.assertEquals(
                types, changesOf(aggregate).stream().map(e -> e.get("type")).toList());
    }
}
