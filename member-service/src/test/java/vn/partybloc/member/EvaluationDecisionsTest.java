package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.KafkaTestConsumer;
import vn.partybloc.testing.Tokens;

/**
 * evaluation-service's decisions take effect in the register (issue 20): a screening that strikes a member off or
 * expels them ({@code ScreeningDecided}) and a discipline decision of expulsion are their departure, dated and numbered
 * by the decision; a discipline decision of removal from post ends that post. Nothing else follows from them.
 */
@QuarkusTest
class EvaluationDecisionsTest {

    private static final String DECIDED_ON = "2024-08-20";
    private static final String DECISION = "45-QĐ/ĐU";
    private static final String RESOLVED_ON = "2024-11-20";

    @Test
    void anExpelledMemberLeavesOnTheDecisionsDateCitingItAndTheirSeatsEnd() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        UUID member = Members.admit("Mạc Văn Trừ", cell.id(), true);
        UUID committee = Committees.committee(grassroots.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        String seat = Committees.seat(committee, member, "SECRETARY", "2020-08-01");
        UUID finding = UUID.randomUUID();

        try (KafkaTestConsumer published = new KafkaTestConsumer("party.members.v1")) {
            EventFeed.awaitConsumed(List.of(decided(finding, member, "EXPELLED", UUID.randomUUID())));

            assertEquals("EXPELLED", Members.status(member));
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/members/" + member + "/history")
                    .then()
                    .statusCode(200)
                    .body("findAll { it.kind == 'EXPELLED' }", hasSize(1))
                    .body("find { it.kind == 'EXPELLED' }.occurredOn", equalTo(DECIDED_ON))
                    .body("find { it.kind == 'EXPELLED' }.decisionNumber", equalTo(DECISION))
                    .body("find { it.kind == 'EXPELLED' }.screeningFindingId", equalTo(finding.toString()))
                    .body("find { it.kind == 'EXPELLED' }.recordedBy", equalTo("evaluation-service"));
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/positions/" + seat)
                    .then()
                    .body("endsOn", equalTo(DECIDED_ON))
                    .body("endReason", equalTo("LEFT_THE_PARTY"));
            published.await(
                    r -> member.toString().equals(r.key())
                            && "MemberExpelled".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aRetainedMemberStaysAndAStruckOffOneLeavesOnceWhateverIsRedelivered() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID retained = Members.admit("Lưu Văn Giữ", cell.id(), true);
        UUID struckOff = Members.admit("Xa Văn Tên", cell.id(), true);
        UUID finding = UUID.randomUUID();
        UUID first = UUID.randomUUID();

        EventFeed.awaitConsumed(List.of(
                decided(UUID.randomUUID(), retained, "RETAINED", UUID.randomUUID()),
                decided(finding, struckOff, "STRUCK_OFF", first)));
        assertEquals("ACTIVE", Members.status(retained));
        assertEquals("STRUCK_OFF", Members.status(struckOff));
        String version = Members.etag(struckOff);

        EventFeed.awaitConsumed(List.of(
                decided(finding, struckOff, "STRUCK_OFF", first),
                decided(finding, struckOff, "STRUCK_OFF", UUID.randomUUID()),
                decided(UUID.randomUUID(), struckOff, "EXPELLED", UUID.randomUUID())));

        assertEquals(version, Members.etag(struckOff));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + struckOff + "/history")
                .then()
                .body("findAll { it.kind in ['STRUCK_OFF', 'EXPELLED'] }", hasSize(1));
    }

    @Test
    void aMemberWhoHasAlreadyLeftStaysAsTheyLeft() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Tạ Văn Mất", cell.id(), true);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"DIED\",\"date\":\"2024-07-01\"}")
                .post("/api/v1/members/" + member + "/departures")
                .then()
                .statusCode(200);

        EventFeed.awaitConsumed(List.of(decided(UUID.randomUUID(), member, "EXPELLED", UUID.randomUUID())));

        assertEquals("DECEASED", Members.status(member));
    }

    @Test
    void aDisciplineDecisionExpelsOrEndsThePostAndALighterFormChangesNothing() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        UUID expelled = Members.admit("Hà Văn Khai", cell.id(), true);
        UUID removed = Members.admit("Kha Văn Cách", cell.id(), true);
        UUID warned = Members.admit("Lê Văn Cảnh", cell.id(), true);
        UUID committee = Committees.committee(grassroots.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        String post = Committees.seat(committee, removed, "DEPUTY_SECRETARY", "2020-08-01");
        String warnedPost = Committees.seat(committee, warned, "MEMBER", "2020-08-01");
        UUID expulsion = UUID.randomUUID();
        UUID removal = UUID.randomUUID();

        EventFeed.awaitConsumed(List.of(
                discipline(expulsion, expelled, "EXPULSION", null),
                discipline(removal, removed, "REMOVAL_FROM_POST", UUID.fromString(post)),
                discipline(UUID.randomUUID(), warned, "WARNING", null)));

        assertEquals("EXPELLED", Members.status(expelled));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + expelled + "/history")
                .then()
                .body("find { it.kind == 'EXPELLED' }.disciplineCaseId", equalTo(expulsion.toString()))
                .body("find { it.kind == 'EXPELLED' }.occurredOn", equalTo(DECIDED_ON));
        assertEquals("ACTIVE", Members.status(removed));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + post)
                .then()
                .body("endsOn", equalTo(DECIDED_ON))
                .body("endReason", equalTo("DISCIPLINE"));
        assertEquals("ACTIVE", Members.status(warned));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + warnedPost)
                .then()
                .body("endsOn", nullValue());

        String version = given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + post)
                .then()
                .extract()
                .header("ETag");
        EventFeed.awaitConsumed(List.of(discipline(removal, removed, "REMOVAL_FROM_POST", UUID.fromString(post))));
        given().auth().oauth2(admin()).get("/api/v1/positions/" + post).then().header("ETag", equalTo(version));
    }

    /**
     * Domain rule 12 and issue 20: a confidence vote's flag and a discipline decision mark the person's planned
     * candidacies, once per source, and the plan report counts them; the organizer's removal decides, not the event.
     */
    @Test
    void aLowConfidenceVoteOrADisciplineDecisionFlagsTheCandidaciesForTheOrganizer() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        UUID low = Members.admit("Vi Văn Thấp", cell.id(), true);
        UUID dismissal = Members.admit("Vi Văn Miễn", cell.id(), true);
        UUID disciplined = Members.admit("Vi Văn Khiển", cell.id(), true);
        UUID trusted = Members.admit("Vi Văn Tín", cell.id(), true);
        String plan = JsonPath.from(SuccessionTest.plan(grassroots.id(), "EXECUTIVE_COMMITTEE", "SECRETARY"))
                .getString("id");
        for (UUID member : List.of(low, dismissal, disciplined, trusted)) {
            SuccessionTest.add(plan, member).then().statusCode(201);
        }
        UUID vote = UUID.randomUUID();
        UUID warning = UUID.randomUUID();
        String voteEvent = UUID.randomUUID().toString();

        EventFeed.awaitConsumed(List.of(
                confidenceVote(vote, voteEvent, low, dismissal, trusted),
                discipline(warning, disciplined, "WARNING", null)));
        EventFeed.awaitConsumed(List.of(
                confidenceVote(vote, voteEvent, low, dismissal, trusted),
                confidenceVote(vote, UUID.randomUUID().toString(), low, dismissal, trusted),
                discipline(warning, disciplined, "WARNING", null)));

        var read = given().auth()
                .oauth2(admin())
                .get("/api/v1/succession-plans/" + plan)
                .then()
                .statusCode(200);
        read.body(flagsOf(low) + ".reason", contains("LOW_CONFIDENCE"))
                .body(flagsOf(low) + ".sourceId", contains(vote.toString()))
                .body(flagsOf(low) + ".flaggedOn", contains("2024-11-15"))
                .body(flagsOf(dismissal) + ".reason", contains("DISMISSAL_PROPOSED"))
                .body(flagsOf(disciplined) + ".reason", contains("DISCIPLINED"))
                .body(flagsOf(disciplined) + ".sourceId", contains(warning.toString()))
                .body(flagsOf(trusted), hasSize(0))
                .body("candidates.status", everyItem(equalTo("PLANNED")));
        report(grassroots).body("total.planned", equalTo(4)).body("total.flagged", equalTo(3));

        String lowCandidate = read.extract().path("candidates.find { it.memberId == '" + low + "' }.id");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"reason\":\"LOW_CONFIDENCE_VOTE\",\"removedOn\":\"2024-11-20\"}")
                .post("/api/v1/succession-plans/" + plan + "/candidates/" + lowCandidate + "/removals")
                .then()
                .statusCode(200);
        report(grassroots)
                .body("total.planned", equalTo(3))
                .body("total.removed", equalTo(1))
                .body("total.flagged", equalTo(2));
    }

    /**
     * Issue 20, appeals: an annulled decision no longer flags the candidacies; a warning changed to expulsion expels
     * from the appeal's decision, once however often the outcome arrives.
     */
    @Test
    void anAppealsOutcomeWithdrawsAnAnnulledDecisionsFlagsAndCarriesOutAHeavierForm() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        UUID cleared = Members.admit("Đinh Văn Sạch", cell.id(), true);
        UUID worse = Members.admit("Đinh Văn Nặng", cell.id(), true);
        String plan = JsonPath.from(SuccessionTest.plan(grassroots.id(), "EXECUTIVE_COMMITTEE", "SECRETARY"))
                .getString("id");
        SuccessionTest.add(plan, cleared).then().statusCode(201);
        UUID reprimand = UUID.randomUUID();
        UUID warning = UUID.randomUUID();
        EventFeed.awaitConsumed(List.of(
                discipline(reprimand, cleared, "REPRIMAND", null), discipline(warning, worse, "WARNING", null)));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/succession-plans/" + plan)
                .then()
                .body(flagsOf(cleared), hasSize(1));

        String expelled = appeal(warning, worse, "CHANGED", "WARNING", "EXPULSION");
        EventFeed.awaitConsumed(List.of(appeal(reprimand, cleared, "ANNULLED", "REPRIMAND", null), expelled));
        EventFeed.awaitConsumed(List.of(expelled, appeal(warning, worse, "CHANGED", "WARNING", "EXPULSION")));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/succession-plans/" + plan)
                .then()
                .body(flagsOf(cleared), hasSize(0));
        assertEquals("ACTIVE", Members.status(cleared));
        assertEquals("EXPELLED", Members.status(worse));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + worse + "/history")
                .then()
                .body("findAll { it.kind == 'EXPELLED' }", hasSize(1))
                .body("find { it.kind == 'EXPELLED' }.occurredOn", equalTo(RESOLVED_ON))
                .body("find { it.kind == 'EXPELLED' }.disciplineCaseId", equalTo(warning.toString()));
    }

    /**
     * Issue 20, reports: what decisions changed in a subtree's register during a period, each with the record that
     * decided it (a candidate removed for another reason, while a vote flagged them, with the vote); a change recorded
     * by hand is listed with its decision number and no record; a lighter form, an unflagged candidate removed for
     * another reason, another subtree or another period are not.
     */
    @Test
    void theConsequencesOfDecisionsAreListedWithTheRecordsThatDecidedThem() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        Organization elsewhere = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID expelled = Members.admit("Quách Văn Khai", cell.id(), true);
        UUID struckOff = Members.admit("Quách Văn Xoá", cell.id(), true);
        UUID removed = Members.admit("Quách Văn Cách", cell.id(), true);
        UUID low = Members.admit("Quách Văn Thấp", cell.id(), true);
        UUID reassigned = Members.admit("Quách Văn Điều", cell.id(), true);
        UUID moved = Members.admit("Quách Văn Chuyển", cell.id(), true);
        UUID byHand = Members.admit("Quách Văn Tay", cell.id(), true);
        UUID warned = Members.admit("Quách Văn Cảnh", cell.id(), true);
        UUID other = Members.admit("Quách Văn Khác", elsewhere.id(), true);
        UUID committee = Committees.committee(grassroots.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        String post = Committees.seat(committee, removed, "DEPUTY_SECRETARY", "2020-08-01");
        String plan = JsonPath.from(SuccessionTest.plan(grassroots.id(), "EXECUTIVE_COMMITTEE", "SECRETARY"))
                .getString("id");
        String lowCandidate = candidate(plan, low);
        String reassignedCandidate = candidate(plan, reassigned);
        String movedCandidate = candidate(plan, moved);
        UUID expulsion = UUID.randomUUID();
        UUID removal = UUID.randomUUID();
        UUID finding = UUID.randomUUID();
        UUID inspection = UUID.randomUUID();
        UUID vote = UUID.randomUUID();

        EventFeed.awaitConsumed(List.of(
                discipline(expulsion, expelled, "EXPULSION", null),
                discipline(removal, removed, "REMOVAL_FROM_POST", UUID.fromString(post)),
                discipline(UUID.randomUUID(), warned, "WARNING", null),
                discipline(UUID.randomUUID(), other, "EXPULSION", null),
                decided(finding, inspection, struckOff, "STRUCK_OFF"),
                confidenceVote(vote, UUID.randomUUID().toString(), low, reassigned, warned)));
        remove(plan, lowCandidate, "LOW_CONFIDENCE_VOTE", "2024-11-20");
        remove(plan, reassignedCandidate, "REASSIGNED", "2024-11-21");
        remove(plan, movedCandidate, "REASSIGNED", "2024-11-22");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"EXPELLED\",\"date\":\"2024-09-02\",\"decisionNumber\":\"7-QĐ/ĐU\"}")
                .post("/api/v1/members/" + byHand + "/departures")
                .then()
                .statusCode(200);

        consequences(grassroots, "2024-01-01", "2024-12-31", admin())
                .body("total", equalTo(6))
                .body(
                        "items.on",
                        contains("2024-11-21", "2024-11-20", "2024-09-02", DECIDED_ON, DECIDED_ON, DECIDED_ON))
                .body("items.find { it.memberId == '" + expelled + "' }.kind", equalTo("EXPELLED"))
                .body(
                        "items.find { it.memberId == '" + expelled + "' }.organizationId",
                        equalTo(cell.id().toString()))
                .body("items.find { it.memberId == '" + expelled + "' }.decisionNumber", equalTo(DECISION))
                .body(
                        "items.find { it.memberId == '" + expelled + "' }.decidedBy.href",
                        contains("/api/v1/discipline-cases/" + expulsion))
                .body(
                        "items.find { it.memberId == '" + struckOff + "' }.decidedBy.href",
                        contains("/api/v1/inspection-plans/" + inspection + "/screening-findings/" + finding))
                .body("items.find { it.memberId == '" + removed + "' }.kind", equalTo("POSITION_ENDED"))
                .body("items.find { it.memberId == '" + removed + "' }.positionId", equalTo(post))
                .body(
                        "items.find { it.memberId == '" + removed + "' }.organizationId",
                        equalTo(grassroots.id().toString()))
                .body("items.find { it.memberId == '" + removed + "' }.decidedBy.kind", contains("DISCIPLINE_CASE"))
                .body("items.find { it.memberId == '" + low + "' }.kind", equalTo("CANDIDATE_REMOVED"))
                .body("items.find { it.memberId == '" + low + "' }.candidateId", equalTo(lowCandidate))
                .body("items.find { it.memberId == '" + low + "' }.successionPlanId", equalTo(plan))
                .body(
                        "items.find { it.memberId == '" + low + "' }.decidedBy.href",
                        contains("/api/v1/confidence-votes/" + vote))
                .body("items.find { it.memberId == '" + reassigned + "' }.decidedBy.kind", contains("CONFIDENCE_VOTE"))
                .body("items.find { it.memberId == '" + byHand + "' }.decisionNumber", equalTo("7-QĐ/ĐU"))
                .body("items.find { it.memberId == '" + byHand + "' }.decidedBy", hasSize(0))
                .body("items.memberId", everyItem(not(equalTo(warned.toString()))))
                .body("items.memberId", everyItem(not(equalTo(moved.toString()))));

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .queryParam("kind", "EXPELLED")
                .queryParam("sort", "on,asc")
                .queryParam("size", 1)
                .get("/api/v1/members/consequences")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.memberId", contains(expelled.toString()));
        consequences(grassroots, "2024-11-20", "2024-11-20", Tokens.secretaryOf(grassroots.id()))
                .body("items.memberId", contains(low.toString()));
        consequences(elsewhere, "2024-01-01", "2024-12-31", admin()).body("items.memberId", contains(other.toString()));
        consequencesAs(grassroots, Tokens.secretaryOf(elsewhere.id())).statusCode(404);
        consequencesAs(grassroots, Tokens.as("viewer")).statusCode(403);
        consequencesAs(grassroots, Tokens.as("integration")).statusCode(403);
    }

    private static String candidate(String plan, UUID member) {
        SuccessionTest.add(plan, member).then().statusCode(201);
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/succession-plans/" + plan)
                .then()
                .extract()
                .path("candidates.find { it.memberId == '" + member + "' }.id");
    }

    private static void remove(String plan, String candidate, String reason, String on) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"reason\":\"" + reason + "\",\"removedOn\":\"" + on + "\"}")
                .post("/api/v1/succession-plans/" + plan + "/candidates/" + candidate + "/removals")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse consequences(
            Organization organization, String from, String to, String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("organizationId", organization.id().toString())
                .queryParam("from", from)
                .queryParam("to", to)
                .get("/api/v1/members/consequences")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse consequencesAs(Organization organization, String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("organizationId", organization.id().toString())
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .get("/api/v1/members/consequences")
                .then();
    }

    /** Sends evaluation-service's {@code DisciplineAppealResolved}; returns the event id. */
    private static String appeal(UUID disciplineCase, UUID member, String outcome, String previous, String form) {
        String data = DocumentedEvent.of("evaluation", "DisciplineAppealResolved")
                .with("caseId", disciplineCase)
                .with("appealId", UUID.randomUUID())
                .with("memberId", member)
                .with("outcome", outcome)
                .with("previousForm", previous)
                .with("status", form == null ? "ANNULLED" : "DECIDED")
                .with("form", form)
                .with("resolvedOn", RESOLVED_ON)
                .json();
        return EventFeed.send("party.evaluations.v1", "DisciplineAppealResolved", disciplineCase, data);
    }

    private static String flagsOf(UUID member) {
        return "candidates.find { it.memberId == '" + member + "' }.flags";
    }

    private static io.restassured.response.ValidatableResponse report(Organization organization) {
        return given().auth()
                .oauth2(admin())
                .queryParam("organizationId", organization.id().toString())
                .queryParam("termStartYear", 2025)
                .get("/api/v1/succession-plans/report")
                .then()
                .statusCode(200);
    }

    /** evaluation-service's {@code ConfidenceVoteRecorded}: the first person over half low, the second two thirds. */
    private static String confidenceVote(UUID vote, String eventId, UUID low, UUID dismissal, UUID trusted) {
        String data = DocumentedEvent.of("evaluation", "ConfidenceVoteRecorded")
                .with("voteId", vote)
                .with(
                        "results",
                        List.of(
                                Map.of(
                                        "memberId",
                                        low,
                                        "ballotsReturned",
                                        14,
                                        "high",
                                        1,
                                        "trust",
                                        5,
                                        "low",
                                        8,
                                        "flag",
                                        "REMOVE_FROM_PLANNING"),
                                Map.of(
                                        "memberId",
                                        dismissal,
                                        "ballotsReturned",
                                        14,
                                        "high",
                                        1,
                                        "trust",
                                        2,
                                        "low",
                                        11,
                                        "flag",
                                        "DISMISSAL"),
                                Map.of(
                                        "memberId",
                                        trusted,
                                        "ballotsReturned",
                                        14,
                                        "high",
                                        12,
                                        "trust",
                                        2,
                                        "low",
                                        0,
                                        "flag",
                                        "NONE")))
                .json();
        return EventFeed.send("party.evaluations.v1", "ConfidenceVoteRecorded", vote, data, eventId);
    }

    /** Sends evaluation-service's {@code DisciplineDecided} of {@code form}; returns the event id. */
    private static String discipline(UUID disciplineCase, UUID member, String form, UUID position) {
        String data = DocumentedEvent.of("evaluation", "DisciplineDecided")
                .with("caseId", disciplineCase)
                .with("memberId", member)
                .with("form", form)
                .with("positionId", position)
                .with("decidedOn", DECIDED_ON)
                .with("decisionNumber", DECISION)
                .json();
        return EventFeed.send("party.evaluations.v1", "DisciplineDecided", disciplineCase, data);
    }

    /** Sends evaluation-service's {@code ScreeningDecided} of a finding of inspection plan {@code plan}. */
    private static String decided(UUID finding, UUID plan, UUID member, String outcome) {
        String data = DocumentedEvent.of("evaluation", "ScreeningDecided")
                .with("findingId", finding)
                .with("planId", plan)
                .with("memberId", member)
                .with("outcome", outcome)
                .with("decidedOn", DECIDED_ON)
                .with("decisionNumber", DECISION)
                .json();
        return EventFeed.send("party.evaluations.v1", "ScreeningDecided", finding, data);
    }

    /** Sends evaluation-service's {@code ScreeningDecided} under the event id {@code eventId}; returns the id. */
    private static String decided(UUID finding, UUID member, String outcome, UUID eventId) {
        String data = DocumentedEvent.of("evaluation", "ScreeningDecided")
                .with("findingId", finding)
                .with("memberId", member)
                .with("outcome", outcome)
                .with("decidedOn", DECIDED_ON)
                .with("decisionNumber", DECISION)
                .json();
        return EventFeed.send("party.evaluations.v1", "ScreeningDecided", finding, data, eventId.toString());
    }
}
