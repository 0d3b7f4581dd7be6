package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.Tokens;

/**
 * Discipline of members (issue 20): who may decide which form at which level is data with its source, a probationary
 * member is only reprimanded or warned, a removal from post names a post held, the decision is published without the
 * violation, and a member disciplined in the year is rated as the year's rule set says.
 */
@QuarkusTest
class DisciplineTest {

    private static final String INSPECTOR = Tokens.as("inspector");

    private final Feed.Org bloc = Feed.bloc();
    private final Feed.Org grassroots = Feed.child(bloc, "GRASSROOTS_COMMITTEE");
    private final Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");

    @Test
    void eachBodyDecidesOnlyTheFormsItsLevelMayDecide() {
        UUID member = Feed.member(cell.id(), "Lại Văn Phạm");

        UUID byCell = open(member, "CELL", cell.id());
        decide(byCell, "EXPULSION", null, "2024-09-12")
                .statusCode(422)
                .body("rule", equalTo("DIS-COMPETENCE"))
                .body("detail", containsString("[REPRIMAND, WARNING]"));
        decide(byCell, "WARNING", null, "2024-09-12")
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("form", equalTo("WARNING"))
                .body("bodyLevel", equalTo("CELL"));

        UUID byInspection = open(member, "INSPECTION_COMMITTEE", grassroots.id());
        decide(byInspection, "EXPULSION", null, "2024-09-12").statusCode(422).body("rule", equalTo("DIS-COMPETENCE"));
        decide(byInspection, "REPRIMAND", null, "2024-09-12").statusCode(200).body("bodyLevel", equalTo("GRASSROOTS"));
    }

    @Test
    void theStandingCommitteeAboveGrassrootsExpelsAndTheDecisionIsPublishedWithoutTheViolation() {
        UUID member = Feed.member(cell.id(), "Khúc Văn Trừ");
        String violation = "Vi phạm những điều đảng viên không được làm " + UUID.randomUUID();
        UUID expelled = UUID.fromString(openWith(member, "STANDING_COMMITTEE", bloc.id(), violation)
                .statusCode(201)
                .body("bodyLevel", equalTo("BLOC"))
                .extract()
                .path("id"));

        decide(expelled, "EXPULSION", null, "2024-09-12").statusCode(200).body("decisionNumber", equalTo("128-QĐ/ĐUK"));
        decide(expelled, "WARNING", null, "2024-09-13").statusCode(422).body("rule", equalTo("DIS-FLOW"));

        List<Map<String, Object>> events = ReviewFlowTest.changesOf(expelled);
        assertEquals(
                List.of("DisciplineDecided"),
                events.stream().map(e -> e.get("type")).toList());
        Map<?, ?> decided = (Map<?, ?>) events.get(0).get("data");
        assertEquals("EXPULSION", decided.get("form"));
        assertEquals(member.toString(), decided.get("memberId"));
        assertEquals("2024-09-12", decided.get("decidedOn"));
        assertFalse(decided.toString().contains(violation), "no violation text: " + decided);
        assertEquals(
                List.of("DisciplineDecided"), SensitivePersonnelDataTest.typesOf(Tokens.as("organizer"), expelled));
        assertEquals(List.of(), SensitivePersonnelDataTest.typesOf(Tokens.as("integration"), expelled));
    }

    @Test
    void aProbationaryMemberIsOnlyReprimandedOrWarnedAndARemovalNamesAPostHeld() {
        UUID probationary = UUID.randomUUID();
        Feed.send(
                "party.members.v1",
                "MemberAdmitted",
                probationary,
                DocumentedEvent.of("member", "MemberMoved")
                        .publishedAs("MemberAdmitted")
                        .with("memberId", probationary)
                        .with("organizationId", cell.id())
                        .with("membershipKind", "PROBATIONARY")
                        .with("version", 0)
                        .json());
        Feed.awaitRows("members", List.of(probationary));
        decide(open(probationary, "STANDING_COMMITTEE", bloc.id()), "EXPULSION", null, "2024-09-12")
                .statusCode(422)
                .body("rule", equalTo("DIS-FORM"));

        UUID secretary = Feed.member(cell.id(), "Cù Văn Chức");
        UUID committee = Feed.committee(grassroots.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        UUID post =
                Feed.position(secretary, committee, grassroots.id(), "EXECUTIVE_COMMITTEE", "SECRETARY", "2020-08-01");
        Feed.awaitRows("positions", List.of(post));
        UUID removal = open(secretary, "STANDING_COMMITTEE", bloc.id());
        decide(removal, "REMOVAL_FROM_POST", null, "2024-09-12").statusCode(400);
        decide(removal, "WARNING", post, "2024-09-12").statusCode(400);
        decide(removal, "REMOVAL_FROM_POST", UUID.randomUUID(), "2024-09-12")
                .statusCode(422)
                .body("rule", equalTo("DIS-FORM"));
        decide(removal, "REMOVAL_FROM_POST", post, "2020-05-01").statusCode(422).body("rule", equalTo("DIS-FLOW"));
        decide(removal, "REMOVAL_FROM_POST", post, "2024-09-12")
                .statusCode(200)
                .body("positionId", equalTo(post.toString()));
    }

    @Test
    void theBodyIsTheMembersOwnCellOrACommitteeAboveIt() {
        UUID member = Feed.member(cell.id(), "Ông Văn Xét");
        Feed.Org otherCell = Feed.child(grassroots, "SUBORDINATE_CELL");
        Feed.Org elsewhere = Feed.child(bloc, "GRASSROOTS_COMMITTEE");

        openWith(member, "CELL", otherCell.id(), "Vi phạm").statusCode(422).body("rule", equalTo("DIS-BODY"));
        openWith(member, "STANDING_COMMITTEE", cell.id(), "Vi phạm")
                .statusCode(422)
                .body("rule", equalTo("DIS-BODY"));
        openWith(member, "INSPECTION_COMMITTEE", elsewhere.id(), "Vi phạm")
                .statusCode(422)
                .body("rule", equalTo("DIS-BODY"));
        openWith(UUID.randomUUID(), "CELL", cell.id(), "Vi phạm")
                .statusCode(422)
                .body("rule", equalTo("DIS-SUBJECT"));
    }

    /**
     * A member who left the register after the case was opened (here, died) is not disciplined: the case stays open.
     * A member exempt from activities is still on the register.
     */
    @Test
    void aCaseIsDecidedOnlyWhileTheMemberIsOnTheRegister() {
        UUID exempt = Feed.member(cell.id(), "Hồ Văn Miễn");
        Feed.sendMember("MemberExempted", exempt, "Hồ Văn Miễn", cell.id(), "EXEMPT", 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "EXEMPT".equals(Feed.column("members", "status", exempt)));
        decide(open(exempt, "CELL", cell.id()), "REPRIMAND", null, "2024-09-12").statusCode(200);

        UUID member = Feed.member(cell.id(), "Hồ Văn Đi");
        UUID opened = open(member, "CELL", cell.id());
        Feed.sendMember("MemberDied", member, "Hồ Văn Đi", cell.id(), "DECEASED", 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "DECEASED".equals(Feed.column("members", "status", member)));

        decide(opened, "WARNING", null, "2024-09-12").statusCode(422).body("rule", equalTo("DIS-SUBJECT"));
        given().auth()
                .oauth2(INSPECTOR)
                .get("/api/v1/discipline-cases/" + opened)
                .then()
                .body("status", equalTo("OPEN"));
    }

    /** QĐ 124-QĐ/TW, Điều 12 khoản 4 4.3 d, in the rule set of 2019–2024: a member disciplined in the year is not complete. */
    @Test
    void aMemberDisciplinedInTheYearIsRatedAsTheYearsRuleSetSays() {
        UUID disciplined = Feed.member(cell.id(), "Mạnh Văn Lỗi");
        UUID remedied = Feed.member(cell.id(), "Tô Văn Sửa");
        UUID cycle = Api.cycle(2024);
        decide(open(disciplined, "CELL", cell.id()), "REPRIMAND", null, "2024-03-12")
                .statusCode(200);
        UUID selfRemedied = open(remedied, "CELL", cell.id());
        Api.post(
                        INSPECTOR,
                        "/api/v1/discipline-cases/" + selfRemedied + "/decisions",
                        "{\"form\":\"REPRIMAND\",\"decisionNumber\":\"3-QĐ/CB\",\"decidedOn\":\"2024-03-12\","
                                + "\"selfRemedied\":true}")
                .statusCode(200);

        UUID review = UUID.fromString(Api.selfAssess(admin(), cycle, "MEMBER", disciplined, level("GOOD"))
                .statusCode(201)
                .extract()
                .path("id"));
        Api.propose(admin(), review, level("GOOD")).statusCode(200);
        Api.decide(admin(), review, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo("REV-DISCIPLINED"))
                .body("detail", containsString("NOT_COMPLETE"));
        Api.decide(admin(), review, level("NOT_COMPLETE")).statusCode(200);
        Api.decided(cycle, "MEMBER", remedied, level("GOOD"));

        UUID another = Feed.member(cell.id(), "Lã Văn Tái");
        decide(open(another, "CELL", cell.id()), "WARNING", null, "2024-05-02").statusCode(200);
        Api.batch(admin(), cycle, List.of(Api.item("MEMBER", another, level("COMPLETE"), "2024-12-20")))
                .statusCode(422)
                .body("errors[0].message", startsWith("REV-DISCIPLINED"));

        UUID in2025 = Feed.member(cell.id(), "Mai Văn Mới");
        decide(open(in2025, "CELL", cell.id()), "WARNING", null, "2025-03-02").statusCode(200);
        Api.batch(
                        admin(),
                        Api.cycle(2025),
                        List.of(Api.item("MEMBER", in2025, level("GOOD") + ",\"score\":80", "2025-12-20")))
                .statusCode(201);
    }

    /** Issue 20, reports: counts for every reader, names and violations for none of them. */
    @Test
    void theReportCountsASubtreesCasesOfAPeriodForEveryReader() {
        UUID first = Feed.member(cell.id(), "Đàm Văn Một");
        UUID second = Feed.member(cell.id(), "Đàm Văn Hai");
        decide(open(first, "CELL", cell.id()), "REPRIMAND", null, "2024-03-12").statusCode(200);
        decide(open(second, "INSPECTION_COMMITTEE", grassroots.id()), "WARNING", null, "2025-01-06")
                .statusCode(200);
        open(second, "CELL", cell.id());

        for (String reader : List.of(Tokens.as("viewer"), Tokens.as("integration"), admin())) {
            report(reader, "2024-01-01", "2024-12-31")
                    .statusCode(200)
                    .body("opened", equalTo(3))
                    .body("decided", equalTo(1))
                    .body("openAtEnd", equalTo(2))
                    .body("byForm.REPRIMAND", equalTo(1))
                    .body("byForm.EXPULSION", equalTo(0))
                    .body("byLevel.CELL", equalTo(1))
                    .body("byCategory.PARTY_ACTIVITIES", equalTo(1))
                    .body(org.hamcrest.Matchers.not(containsString("Đàm Văn")));
        }
        report(admin(), "2025-01-01", "2025-12-31")
                .body("opened", equalTo(0))
                .body("decided", equalTo(1))
                .body("byForm.WARNING", equalTo(1))
                .body("byLevel.GRASSROOTS", equalTo(1));
        report(admin(), "2024-12-31", "2024-01-01").statusCode(400);
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", grassroots.id().toString())
                .get("/api/v1/discipline-cases")
                .then()
                .statusCode(403);
    }

    private ValidatableResponse report(String token, String from, String to) {
        return given().auth()
                .oauth2(token)
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("from", from)
                .queryParam("to", to)
                .get("/api/v1/discipline-cases/report")
                .then();
    }

    @Test
    void theCompetencesAreReadWithTheirSources() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("bodyLevel", "BLOC")
                .get("/api/v1/discipline-cases/competences")
                .then()
                .statusCode(200)
                .body("bodyLevel", everyItem(equalTo("BLOC")))
                .body(
                        "find { it.bodyKind == 'STANDING_COMMITTEE' && it.bodyLevel == 'BLOC' && it.form == 'EXPULSION' }"
                                + ".source",
                        equalTo("QĐ 22-QĐ/TW (28/7/2021), Điều 11"));
    }

    private UUID open(UUID member, String bodyKind, UUID body) {
        return UUID.fromString(openWith(member, bodyKind, body, "Không chấp hành nghị quyết của chi bộ")
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static ValidatableResponse openWith(UUID member, String bodyKind, UUID body, String violation) {
        return Api.post(INSPECTOR, "/api/v1/discipline-cases", """
                {"memberId":"%s","violation":"%s","category":"PARTY_ACTIVITIES","violatedOn":"2024-01-10",
                 "bodyKind":"%s","bodyOrganizationId":"%s","openedOn":"2024-02-01"}""".formatted(member, violation, bodyKind, body));
    }

    private static ValidatableResponse decide(UUID disciplineCase, String form, UUID position, String decidedOn) {
        return Api.post(
                INSPECTOR,
                "/api/v1/discipline-cases/" + disciplineCase + "/decisions",
                "{\"form\":\"" + form + "\"," + (position == null ? "" : "\"positionId\":\"" + position + "\",")
                        + "\"decisionNumber\":\"128-QĐ/ĐUK\",\"decidedOn\":\"" + decidedOn + "\"}");
    }
}
