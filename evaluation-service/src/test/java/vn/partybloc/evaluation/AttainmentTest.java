package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/**
 * The attainment report on a generated subtree: a grassroots committee with three cells and 26 members, rated in the
 * 2023 cycle (one of them only in January 2024) (rule set HD 21, excellent cap 20% of good) so that the member targets and the cap give known answers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttainmentTest {

    private UUID cycle;
    private Feed.Org grassroots;
    private List<Feed.Org> cells;
    private List<UUID> unratedMembers;
    private UUID committee;
    private UUID secretary;
    private UUID lateMember;

    /** Once for the class; in {@code @BeforeEach} because RestAssured knows the test port only by then. */
    @BeforeEach
    void generateAndRateASubtree() {
        if (cycle != null) {
            return;
        }
        cycle = Api.cycle(2023);
        grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        cells = List.of(
                Feed.childWithoutWaiting(grassroots, "SUBORDINATE_CELL"),
                Feed.childWithoutWaiting(grassroots, "SUBORDINATE_CELL"),
                Feed.childWithoutWaiting(grassroots, "SUBORDINATE_CELL"));
        Feed.awaitRows("organizations", cells.stream().map(Feed.Org::id).toList());
        List<UUID> rated = new ArrayList<>();
        unratedMembers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            rated.add(Feed.memberWithoutWaiting(cells.get(i % 2).id(), "Đảng viên " + i));
        }
        for (int i = 0; i < 5; i++) {
            unratedMembers.add(Feed.memberWithoutWaiting(cells.get(2).id(), "Chưa đánh giá " + i));
        }
        committee = Feed.committee(grassroots.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        List<UUID> all = new ArrayList<>(rated);
        all.addAll(unratedMembers);
        Feed.awaitRows("members", all);
        Feed.awaitRows("committees", List.of(committee));
        secretary = rated.get(0);
        Feed.awaitRows(
                "positions",
                List.of(Feed.position(
                        secretary, committee, grassroots.id(), "EXECUTIVE_COMMITTEE", "SECRETARY", "2020-08-15")));

        // 20 members decided in 2023: 4 excellent, 10 good, 4 complete, 2 not complete; one more decided in 2024.
        List<String> items = new ArrayList<>();
        String[] levels = {
            "EXCELLENT",
            "EXCELLENT",
            "EXCELLENT",
            "EXCELLENT",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "GOOD",
            "COMPLETE",
            "COMPLETE",
            "COMPLETE",
            "COMPLETE",
            "NOT_COMPLETE",
            "NOT_COMPLETE"
        };
        for (int i = 0; i < levels.length; i++) {
            items.add(Api.item("MEMBER", rated.get(i), level(levels[i]), "2023-12-20"));
        }
        lateMember = rated.get(20);
        items.add(Api.item("MEMBER", lateMember, level("GOOD"), "2024-01-15"));
        items.add(Api.item("SUBORDINATE_ORGANIZATION", cells.get(0).id(), level("GOOD"), "2023-12-20"));
        items.add(Api.item("SUBORDINATE_ORGANIZATION", cells.get(1).id(), level("EXCELLENT"), "2023-12-20"));
        items.add(Api.item("GRASSROOTS_ORGANIZATION", grassroots.id(), level("GOOD"), "2023-12-22"));
        Api.batch(admin(), cycle, items).statusCode(201).body("recorded", equalTo(24));
    }

    @Test
    void distributionTargetsAndUnratedSubjectsOfTheSubtree() {
        JsonPath report = report(Map.of("year", 2023, "asOf", "2023-12-31"));
        assertKind(report, "MEMBER", 26, 20, 6, Map.of("EXCELLENT", 4, "GOOD", 10, "COMPLETE", 4, "NOT_COMPLETE", 2));
        org.junit.jupiter.api.Assertions.assertEquals(
                70.0f, report.getFloat("subjects.find { it.subjectKind == 'MEMBER' }.atLeastGoodPercent"));
        org.junit.jupiter.api.Assertions.assertEquals(
                20.0f, report.getFloat("subjects.find { it.subjectKind == 'MEMBER' }.excellentPercent"));
        assertKind(
                report,
                "SUBORDINATE_ORGANIZATION",
                3,
                2,
                1,
                Map.of("EXCELLENT", 1, "GOOD", 1, "COMPLETE", 0, "NOT_COMPLETE", 0));
        assertKind(
                report,
                "GRASSROOTS_ORGANIZATION",
                1,
                1,
                0,
                Map.of("EXCELLENT", 0, "GOOD", 1, "COMPLETE", 0, "NOT_COMPLETE", 0));
        assertKind(report, "HOST_UNIT", 1, 0, 1, Map.of("EXCELLENT", 0, "GOOD", 0, "COMPLETE", 0, "NOT_COMPLETE", 0));
        assertKind(
                report,
                "COLLECTIVE_COMMITTEE",
                1,
                0,
                1,
                Map.of("EXCELLENT", 0, "GOOD", 0, "COMPLETE", 0, "NOT_COMPLETE", 0));

        // The Bloc-wide targets the cycle started with (the article's)
        assertTarget(report, "MEMBER", "AT_LEAST_GOOD", "AT_LEAST", false, -20.0f);
        assertTarget(report, "MEMBER", "EXCELLENT", "AT_LEAST", true, 5.0f);
        assertTarget(report, "MEMBER", "EXCELLENT", "AT_MOST", true, 0.0f);
        assertTarget(report, "GRASSROOTS_ORGANIZATION", "AT_LEAST_GOOD", "MORE_THAN", true, 10.0f);
        assertTarget(report, "GRASSROOTS_ORGANIZATION", "EXCELLENT", "AT_LEAST", false, -20.0f);
        org.junit.jupiter.api.Assertions.assertNull(report.get(
                "targets.find { it.subjectKind == 'HOST_UNIT' && it.metric == 'AT_LEAST_GOOD' }.actualPercent"));

        List<String> unrated = report.getList("notRated.subjectId");
        List<String> expected =
                new ArrayList<>(unratedMembers.stream().map(UUID::toString).toList());
        expected.add(lateMember.toString());
        expected.add(cells.get(2).id().toString());
        expected.add(grassroots.id().toString());
        expected.add(committee.toString());
        expected.add(secretary.toString()); // as a committee member
        org.junit.jupiter.api.Assertions.assertEquals(
                new java.util.HashSet<>(expected), new java.util.HashSet<>(unrated));

        JsonPath later = report(Map.of("year", 2023, "asOf", "2024-06-30"));
        assertKind(later, "MEMBER", 26, 21, 5, Map.of("EXCELLENT", 4, "GOOD", 11, "COMPLETE", 4, "NOT_COMPLETE", 2));
        JsonPath limited = report(Map.of("year", 2023, "asOf", "2023-12-31", "unratedLimit", 2));
        org.junit.jupiter.api.Assertions.assertEquals(
                2, limited.getList("notRated").size());
        org.junit.jupiter.api.Assertions.assertTrue(limited.getBoolean("notRatedTruncated"));
    }

    @Test
    void theExcellentCapIsCheckedPerGrassrootsOrganization() {
        JsonPath report = report(Map.of("year", 2023, "asOf", "2023-12-31"));
        org.junit.jupiter.api.Assertions.assertEquals(20.0f, report.getFloat("cap.capPercent"));
        org.junit.jupiter.api.Assertions.assertEquals(1, report.getInt("cap.organizationsChecked"));
        List<Map<String, Object>> violations = report.getList("cap.violations");
        org.junit.jupiter.api.Assertions.assertEquals(2, violations.size(), violations.toString());
        Map<String, Object> members = violations.stream()
                .filter(v -> v.get("subjectKind").equals("MEMBER"))
                .findFirst()
                .orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(grassroots.id().toString(), members.get("organizationId"));
        org.junit.jupiter.api.Assertions.assertEquals(4, members.get("excellent"));
        org.junit.jupiter.api.Assertions.assertEquals(10, members.get("good"));
        org.junit.jupiter.api.Assertions.assertEquals(2, members.get("allowedExcellent"));
        Map<String, Object> cellsViolation = violations.stream()
                .filter(v -> v.get("subjectKind").equals("SUBORDINATE_ORGANIZATION"))
                .findFirst()
                .orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(1, cellsViolation.get("excellent"));
        org.junit.jupiter.api.Assertions.assertEquals(0, cellsViolation.get("allowedExcellent"));

        // The 2025 rule set sets no cap: nothing is checked rather than a number invented.
        Api.cycle(2025);
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("year", 2025)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .body("cap.capPercent", nullValue())
                .body("cap.violations", hasSize(0))
                .body("ruleSet.code", equalTo("QD366-2025"));
    }

    @Test
    void targetsSetForASubtreeReplaceTheBlocsThereAndCanBeEdited() {
        UUID cell = cells.get(0).id();
        UUID target = UUID.fromString(Api.post(admin(), "/api/v1/targets", """
                {"cycleId":"%s","organizationId":"%s","subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":70}""".formatted(cycle, cell))
                .statusCode(201)
                .extract()
                .path("id"));
        // The cell's 10 members rated in 2023: 2 excellent, 5 good, 2 complete, 1 not complete.
        JsonPath report = report(cell, Map.of("year", 2023, "asOf", "2023-12-31"));
        org.junit.jupiter.api.Assertions.assertEquals(
                1, report.getList("targets").size());
        assertTarget(report, "MEMBER", "AT_LEAST_GOOD", "AT_LEAST", true, 0.0f);
        org.junit.jupiter.api.Assertions.assertEquals(
                12,
                report(grassroots.id(), Map.of("year", 2023)).getList("targets").size());

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"comparison\":\"AT_LEAST\",\"percent\":75,\"note\":\"raised\"}")
                .put("/api/v1/targets/" + target)
                .then()
                .statusCode(200)
                .body("percent", equalTo(75))
                .header("ETag", "\"1\"");
        assertTarget(
                report(cell, Map.of("year", 2023, "asOf", "2023-12-31")),
                "MEMBER",
                "AT_LEAST_GOOD",
                "AT_LEAST",
                false,
                -5.0f);
        given().auth()
                .oauth2(admin())
                .queryParam("cycleId", cycle.toString())
                .queryParam("organizationId", cell.toString())
                .get("/api/v1/targets")
                .then()
                .statusCode(200)
                .body("items.percent", containsInAnyOrder(75.0f));
        Api.post(admin(), "/api/v1/targets", """
                {"cycleId":"%s","organizationId":"%s","subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":80}""".formatted(cycle, cell)).statusCode(409);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"comparison\":\"AT_LEAST\",\"percent\":60}")
                .put("/api/v1/targets/" + target)
                .then()
                .statusCode(412);
    }

    @Test
    @InvalidRequestsOnPurpose // a year before 2000, which the document does not allow, must be answered 400
    void aSecretarySeesTheReportOfTheirOwnSubtreeOnly() {
        String secretary = Tokens.secretaryOf(cells.get(0).id());
        given().auth()
                .oauth2(secretary)
                .queryParam("organizationId", cells.get(0).id().toString())
                .queryParam("year", 2023)
                .queryParam("asOf", "2023-12-31")
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .body("subjects.find { it.subjectKind == 'MEMBER' }.rated", equalTo(10));
        given().auth()
                .oauth2(secretary)
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("year", 2023)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("year", 1999)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("year", 2100)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(404);
        // Without an organization: the caller's scope root, the Bloc for an admin, a secretary's own organization.
        given().auth()
                .oauth2(admin())
                .queryParam("year", 2023)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(Feed.bloc().id().toString()));
        given().auth()
                .oauth2(secretary)
                .queryParam("year", 2023)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(cells.get(0).id().toString()));
        // Without a year: the latest cycle with decided ratings in this subtree, even when other subtrees have later
        // ones.
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id().toString())
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .body("year", equalTo(2023))
                .body("cycleId", equalTo(cycle.toString()));
    }

    private JsonPath report(Map<String, Object> params) {
        return report(grassroots.id(), params);
    }

    @Test
    void withoutAYearTheReportTakesTheLatestCycleDecidedByAsOfNotOneDecidedLater() {
        // Every rating of the 2023 cycle here was decided on 20 December 2023 or later.
        assertEquals(2022, report(grassroots.id(), Map.of("asOf", "2023-12-01")).getInt("year"));
        assertEquals(2023, report(grassroots.id(), Map.of("asOf", "2023-12-31")).getInt("year"));
    }

    /**
     * A rating re-rated later counts with its first level as of a day before the re-rating's decision and with the new
     * one from that day on; in between the subject is never "not rated" (the report used to drop it, as if the old
     * rating had never been in force).
     */
    @Test
    void aReRatedSubjectCountsWithTheRatingInForceOnTheDay() {
        UUID cycle2024 = Api.cycle(2024);
        Feed.Org committee = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID member = Feed.member(Feed.child(committee, "SUBORDINATE_CELL").id(), "Đào Văn Xếp Lại");
        Api.batch(admin(), cycle2024, List.of(Api.item("MEMBER", member, level("EXCELLENT"), "2024-12-20")))
                .statusCode(201);
        String first = given().auth()
                .oauth2(admin())
                .queryParam("subjectId", member.toString())
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        Api.post(
                        admin(),
                        "/api/v1/reviews/" + first + "/re-ratings",
                        "{\"reason\":\"Kết luận kiểm tra 12-KL/UBKT\",\"decision\":{" + level("GOOD")
                                + ",\"decisionNumber\":\"3-QĐ/ĐUK\",\"decidedOn\":\"2025-01-10\"}}")
                .statusCode(201);
        Map<String, Integer> none = Map.of("EXCELLENT", 0, "GOOD", 0, "COMPLETE", 0, "NOT_COMPLETE", 0);

        assertKind(
                report(committee.id(), Map.of("year", 2024, "asOf", "2024-12-31")),
                "MEMBER",
                1,
                1,
                0,
                with(none, "EXCELLENT"));
        assertKind(
                report(committee.id(), Map.of("year", 2024, "asOf", "2025-01-31")),
                "MEMBER",
                1,
                1,
                0,
                with(none, "GOOD"));
    }

    private static Map<String, Integer> with(Map<String, Integer> levels, String one) {
        Map<String, Integer> counted = new HashMap<>(levels);
        counted.put(one, 1);
        return counted;
    }

    @Test
    void aSubtreeWithNoDecisionsAndNoCycleTheYearBeforeIsReportedWithCycleIdNull() {
        Feed.Org unrated = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        assertNull(report(unrated.id(), Map.of("asOf", "2061-01-01")).get("cycleId"));
    }

    private static JsonPath report(UUID root, Map<String, Object> params) {
        return given().auth()
                .oauth2(admin())
                .queryParam("organizationId", root.toString())
                .queryParams(params)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void assertKind(
            JsonPath report, String kind, int subjects, int rated, int notRated, Map<String, Integer> byLevel) {
        String path = "subjects.find { it.subjectKind == '" + kind + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(subjects, report.getInt(path + ".subjects"), kind);
        org.junit.jupiter.api.Assertions.assertEquals(rated, report.getInt(path + ".rated"), kind);
        org.junit.jupiter.api.Assertions.assertEquals(notRated, report.getInt(path + ".notRated"), kind);
        org.junit.jupiter.api.Assertions.assertEquals(byLevel, report.getMap(path + ".byLevel"), kind);
    }

    private static void assertTarget(
            JsonPath report, String kind, String metric, String comparison, boolean met, float gap) {
        String path = "targets.find { it.subjectKind == '" + kind + "' && it.metric == '" + metric
                + "' && it.comparison == '" + comparison + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(met, report.getBoolean(path + ".met"), path);
        org.junit.jupiter.api.Assertions.assertEquals(gap, report.getFloat(path + ".gap"), 0.001f, path);
    }
}
