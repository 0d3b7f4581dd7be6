package vn.partybloc.evaluation;

import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    private UUID cycle;
    private Feed.Org bloc;
    private Feed.Org grassroots;
    private UUID member;
    private Feed.Org cell;
    private String ruleSetCode;

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }

    /**
     * A row of every kind the paths name: a cycle, a rule set, a target, a confidence vote, an inspection plan with
     * items and a screening finding, discipline cases of a member no review rates (one open, one decided, one decided and
     * appealed), cases against the cell (one open, one decided, one decided and appealed), and one review in each state
     * its steps start from (self-assessed, proposed, decided, published), a complaint received and one taken up, so that every step's positive control is a legal move.
     * The terms' write aims at denunciations, whose example keeps their 90 days.
     */
    @Override
    protected Map<String, String> existingIds() {
        cycle = Api.cycle(2024);
        bloc = Feed.bloc();
        grassroots = Feed.child(bloc, "GRASSROOTS_COMMITTEE");
        cell = Feed.child(grassroots, "SUBORDINATE_CELL");
        member = Feed.member(cell.id(), "Kiểm Thử Đầu Vào");
        String ruleSet = id(
                "/api/v1/rule-sets", """
                {"code":"HD-%s","documents":"Hướng dẫn kiểm thử","effectiveFrom":"2030-01-01","usesScore":false}""".formatted(UUID.randomUUID().toString().substring(0, 8)));
        String target = id("/api/v1/targets", """
                {"cycleId":"%s","organizationId":"%s","subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":70}""".formatted(cycle, cell.id()));
        String vote = id("/api/v1/confidence-votes", """
                {"organizationId":"%s","body":"Ban Chấp hành","votedOn":"2024-11-15","summoned":30,"present":20,"results":[
                 {"memberId":"%s","positionTitle":"Bí thư","ballotsIssued":18,"ballotsReturned":18,"validBallots":18,
                  "invalidBallots":0,"high":10,"trust":6,"low":2}]}""".formatted(grassroots.id(), member));
        JsonPath plan = Api.post(admin(), "/api/v1/inspection-plans", """
                        {"year":2024,"bodyOrganizationId":"%s","bodyKind":"INSPECTION_COMMITTEE","activity":"INSPECTION",
                         "title":"Kế hoạch kiểm thử","items":[%s,%s,%s]}""".formatted(
                                grassroots.id(),
                                item("ROUTINE", cell.id()),
                                item("THEMATIC", cell.id()),
                                item("THEMATIC", cell.id())))
                .statusCode(201)
                .extract()
                .jsonPath();
        String planId = plan.getString("id");
        String finding = id("/api/v1/inspection-plans/" + planId + "/screening-findings", """
                {"memberId":"%s","finding":"Bỏ sinh hoạt","outcome":"RETAINED","decidedOn":"2024-06-01"}""".formatted(member));
        UUID disciplined = Feed.member(cell.id(), "Kiểm Thử Kỷ Luật");
        String disciplineCase = """
                {"memberId":"%s","violation":"Vi phạm","category":"OTHER","violatedOn":"2024-01-10",
                 "bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s","openedOn":"2024-02-01"}""".formatted(disciplined, grassroots.id());
        String appealed = decided(disciplineCase, "2024-03-01");
        String appeal = id("/api/v1/discipline-cases/" + appealed + "/appeals", """
                {"lodgedOn":"2024-03-10","bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s"}""".formatted(bloc.id()));
        String complaint = """
                {"kind":"COMPLAINT","receivedOn":"2024-03-04","channel":"LETTER","subjectMemberId":"%s",
                 "content":"Khiếu nại","complainantName":"Người Khiếu Nại","assignedOrganizationId":"%s"}""".formatted(disciplined, grassroots.id());
        String acknowledged = id("/api/v1/complaints", complaint);
        String organizationCase = id("/api/v1/organization-discipline-cases", organizationCase());
        String appealedOrganizationCase =
                decided("/api/v1/organization-discipline-cases", organizationCase(), "2024-03-01");
        String organizationAppeal =
                id("/api/v1/organization-discipline-cases/" + appealedOrganizationCase + "/appeals", """
                {"lodgedOn":"2024-03-10","bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s"}""".formatted(
                                bloc.id()));
        Api.post(
                        admin(),
                        "/api/v1/complaints/" + acknowledged + "/acknowledgement",
                        "{\"acknowledgedOn\":\"2024-03-05\"}")
                .statusCode(200);
        return Map.ofEntries(
                Map.entry("complaints/{id}", id("/api/v1/complaints", complaint)),
                Map.entry("complaints/{id}/resolution", acknowledged),
                Map.entry("complaints/terms/{kind}", "DENUNCIATION"),
                Map.entry("discipline-cases/{id}", appealed),
                Map.entry("discipline-cases/{id}/appeals", decided(disciplineCase, "2024-09-10")),
                Map.entry("discipline-cases/{id}/appeals/{appealId}", appeal),
                Map.entry("discipline-cases/{id}/decisions", id("/api/v1/discipline-cases", disciplineCase)),
                Map.entry("organization-discipline-cases/{id}", appealedOrganizationCase),
                Map.entry(
                        "organization-discipline-cases/{id}/appeals",
                        decided("/api/v1/organization-discipline-cases", organizationCase(), "2024-09-10")),
                Map.entry("organization-discipline-cases/{id}/appeals/{appealId}", organizationAppeal),
                Map.entry("organization-discipline-cases/{id}/decisions", organizationCase),
                Map.entry("review-cycles/{id}", cycle.toString()),
                Map.entry("rule-sets/{id}", ruleSet),
                Map.entry("targets/{id}", target),
                Map.entry("confidence-votes/{id}", vote),
                Map.entry("inspection-plans/{id}", planId),
                Map.entry("inspection-plans/{id}/items/{itemId}", plan.getString("items[0].id")),
                Map.entry("inspection-plans/{id}/items/{itemId}/cancellations", plan.getString("items[1].id")),
                Map.entry("inspection-plans/{id}/items/{itemId}/conclusions", plan.getString("items[2].id")),
                Map.entry("inspection-plans/{id}/screening-findings/{findingId}", finding),
                Map.entry("reviews/{id}", review(0).toString()),
                Map.entry("reviews/{id}/decisions", review(1).toString()),
                Map.entry("reviews/{id}/publications", review(2).toString()),
                Map.entry("reviews/{id}/re-ratings", review(3).toString()),
                Map.entry(
                        "reviews/exports/{id}",
                        // of everything: the reviews above are of cells of the Bloc, and an empty content has no body
                        ExportClient.askedId("/api/v1/reviews/exports", admin(), "{}")));
    }

    @Override
    protected Map<String, String> fieldValues() {
        return Map.of(
                "organizationId", grassroots.id().toString(),
                "bodyOrganizationId", grassroots.id().toString(),
                "cycleId", cycle.toString(),
                "memberId", member.toString());
    }

    /**
     * The document's examples name subjects, cycles and codes that are made up or already taken (the year 2024's
     * cycle, the 2025 rule set's code, the seeded target), so these bodies use seeded or fresh ones.
     */
    @Override
    protected Map<String, String> validBodies() {
        Map<String, String> bodies = new HashMap<>(Map.of(
                "POST /api/v1/review-cycles",
                "{\"year\":2150}",
                "POST /api/v1/rule-sets",
                ruleSet("HD-" + UUID.randomUUID().toString().substring(0, 8), "2041-01-01"),
                "PUT /api/v1/rule-sets/{id}",
                ruleSet(ruleSetCode, "2040-01-01"),
                "POST /api/v1/targets",
                """
                {"cycleId":"%s","organizationId":"%s","subjectKind":"MEMBER","metric":"AT_LEAST_GOOD","comparison":"AT_LEAST","percent":90}""".formatted(cycle, grassroots.id()),
                "POST /api/v1/inspection-plans",
                """
                {"year":2024,"bodyOrganizationId":"%s","bodyKind":"INSPECTION_COMMITTEE","activity":"INSPECTION",
                 "title":"Kế hoạch kiểm thử","items":[%s]}""".formatted(grassroots.id(), item("THEMATIC", cell.id())),
                "POST /api/v1/inspection-plans/{id}/items",
                item("ROUTINE", cell.id()),
                "POST /api/v1/reviews",
                """
                {"cycleId":"%s","subjectKind":"GRASSROOTS_ORGANIZATION","subjectId":"%s","level":"GOOD"}""".formatted(cycle, Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id()),
                "POST /api/v1/discipline-cases/{id}/appeals",
                """
                {"receivedOn":"2024-09-16","lodgedOn":"2024-10-07","bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s"}""".formatted(bloc.id()),
                "POST /api/v1/complaints",
                """
                {"kind":"DENUNCIATION","receivedOn":"2024-03-04","channel":"LETTER","subjectMemberId":"%s",
                 "content":"Tố cáo","complainantName":"Người Tố Cáo","assignedOrganizationId":"%s"}""".formatted(member, grassroots.id()),
                "POST /api/v1/reviews/batch",
                """
                {"cycleId":"%s","items":[{"subjectKind":"GRASSROOTS_ORGANIZATION","subjectId":"%s","level":"GOOD",
                 "decisionNumber":"45-QĐ/ĐUK","decidedOn":"2024-12-20"}]}""".formatted(cycle, Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id())));
        bodies.put("POST /api/v1/organization-discipline-cases", organizationCase());
        // The example lightens a warning; the appealed case here is a reprimand.
        bodies.put(
                "POST /api/v1/organization-discipline-cases/{id}/appeals/{appealId}/resolution",
                "{\"outcome\":\"CHANGED\",\"form\":\"WARNING\",\"decisionNumber\":\"52-QĐ/ĐUK\",\"resolvedOn\":\"2024-11-20\"}");
        bodies.put("POST /api/v1/organization-discipline-cases/{id}/appeals", """
                {"receivedOn":"2024-09-16","lodgedOn":"2024-10-07","bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s"}""".formatted(bloc.id()));
        return bodies;
    }

    /** A case against the cell, for the standing committee of its grassroots committee. */
    private String organizationCase() {
        return """
                {"organizationId":"%s","violation":"Vi phạm","category":"OTHER","violatedOn":"2024-01-10",
                 "bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s","openedOn":"2024-02-01"}""".formatted(cell.id(), grassroots.id());
    }

    private static String ruleSet(String code, String effectiveFrom) {
        return """
                {"code":"%s","documents":"Hướng dẫn kiểm thử","effectiveFrom":"%s","usesScore":false}""".formatted(code, effectiveFrom);
    }

    /** A review of a new grassroots cell (chi bộ cơ sở) taken {@code steps} steps past self-assessment. */
    private UUID review(int steps) {
        UUID subject = Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id();
        UUID id = UUID.fromString(Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", subject, level("GOOD"))
                .statusCode(201)
                .extract()
                .path("id"));
        if (steps >= 1) {
            Api.propose(admin(), id, level("GOOD")).statusCode(200);
        }
        if (steps >= 2) {
            Api.decide(admin(), id, level("GOOD")).statusCode(200);
        }
        if (steps >= 3) {
            Api.post(admin(), "/api/v1/reviews/" + id + "/publications", "{\"publishedOn\":\"2024-12-28\"}")
                    .statusCode(200);
        }
        return id;
    }

    private static String item(String kind, UUID cell) {
        return """
                {"kind":"%s","subjectKind":"ORGANIZATION","subjectId":"%s","content":"Kiểm tra việc chấp hành Điều lệ",
                 "plannedFrom":"2024-03-01","plannedTo":"2024-04-30"}""".formatted(kind, cell);
    }

    /** A case opened from {@code opening} and decided on {@code decidedOn} with a reprimand. */
    private static String decided(String opening, String decidedOn) {
        return decided("/api/v1/discipline-cases", opening, decidedOn);
    }

    private static String decided(String cases, String opening, String decidedOn) {
        String id = id(cases, opening);
        Api.post(
                        admin(),
                        cases + "/" + id + "/decisions",
                        "{\"form\":\"REPRIMAND\",\"decisionNumber\":\"7-QĐ/ĐU\",\"decidedOn\":\"" + decidedOn + "\"}")
                .statusCode(200);
        return id;
    }

    private static String id(String path, String body) {
        return Api.post(admin(), path, body).statusCode(201).extract().path("id");
    }
}
