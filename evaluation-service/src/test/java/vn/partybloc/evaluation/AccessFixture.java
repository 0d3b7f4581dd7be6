package vn.partybloc.evaluation;

import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrix.Request;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.JsonBodies;
import vn.partybloc.testing.WebhookFixture;

/**
 * A grassroots committee founded for one call of the access matrix, with a cell and four of its members: reviews of
 * three members at each step (self-assessed, proposed, decided) in the 2024 cycle, an inspection plan of the committee
 * with a planned item and a screening finding, a target and a confidence vote of the committee, an open discipline
 * case against a member of the cell, a decided one and one decided and appealed, a complaint about a member of the
 * cell received and one acknowledged (assigned to the committee's inspection committee), cases against the cell (one
 * open, one decided and one decided and appealed to the Bloc), and a rule set of its own; each operation of evaluation-service is aimed at it. The reviews' subjects lie below the committee, so its
 * secretary may decide them.
 */
record AccessFixture(
        UUID organization,
        UUID cell,
        UUID spare,
        UUID cycle,
        String selfAssessed,
        String proposed,
        String decided,
        String plan,
        String item,
        String finding,
        String ruleSet,
        String ruleSetCode,
        LocalDate ruleSetEffectiveFrom,
        String target,
        String vote,
        String disciplineCase,
        String decidedCase,
        String appealedCase,
        String appeal,
        String complaint,
        String acknowledgedComplaint,
        String organizationCase,
        String decidedOrganizationCase,
        String appealedOrganizationCase,
        String organizationAppeal)
        implements AccessMatrix.Fixture {

    /** Rule sets and cycles are unique by date and year: these are far beyond any the other tests use. */
    private static final AtomicInteger LATER =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    private static final AtomicInteger CYCLE_YEARS = new AtomicInteger(2120);

    static AccessFixture found() {
        Feed.Org organization = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Feed.child(organization, "SUBORDINATE_CELL").id();
        List<UUID> members = List.of(
                Feed.memberWithoutWaiting(cell, "Đinh Văn Một"),
                Feed.memberWithoutWaiting(cell, "Đinh Thị Hai"),
                Feed.memberWithoutWaiting(cell, "Đinh Văn Ba"),
                Feed.memberWithoutWaiting(cell, "Đinh Thị Bốn"));
        Feed.awaitRows("members", members);
        UUID cycle = Api.cycle(2024);
        String selfAssessed = created(Api.selfAssess(admin(), cycle, "MEMBER", members.get(0), level("GOOD")));
        String proposed = created(Api.selfAssess(admin(), cycle, "MEMBER", members.get(1), level("GOOD")));
        Api.propose(admin(), UUID.fromString(proposed), level("GOOD")).statusCode(200);
        String decided =
                Api.decided(cycle, "MEMBER", members.get(2), level("GOOD")).toString();
        var plan = Api.post(admin(), "/api/v1/inspection-plans", plan(organization.id(), item(cell)))
                .statusCode(201)
                .extract()
                .jsonPath();
        String planId = plan.getString("id");
        String finding = created(Api.post(
                admin(), "/api/v1/inspection-plans/" + planId + "/screening-findings", finding(members.get(0))));
        String code = newRuleSetCode();
        LocalDate effectiveFrom = laterDate();
        String ruleSet = created(Api.post(admin(), "/api/v1/rule-sets", ruleSet(code, effectiveFrom, "Hướng dẫn")));
        String target = created(Api.post(
                admin(), "/api/v1/targets", target(cycle, organization.id(), "AT_LEAST_GOOD", "AT_LEAST", 90)));
        String vote = created(Api.post(admin(), "/api/v1/confidence-votes", vote(organization.id(), members.get(0))));
        String disciplineCase =
                created(Api.post(admin(), "/api/v1/discipline-cases", disciplineCase(members.get(2), cell)));
        String decidedCase = decidedCase(members.get(0), cell);
        String appealedCase = decidedCase(members.get(1), cell);
        String appeal = created(Api.post(
                admin(),
                "/api/v1/discipline-cases/" + appealedCase + "/appeals",
                appeal(organization.id(), "2023-06-10")));
        String complaint =
                created(Api.post(admin(), "/api/v1/complaints", complaint(members.get(2), organization.id())));
        String acknowledgedComplaint =
                created(Api.post(admin(), "/api/v1/complaints", complaint(members.get(1), organization.id())));
        Api.post(
                        admin(),
                        "/api/v1/complaints/" + acknowledgedComplaint + "/acknowledgement",
                        "{\"acknowledgedOn\":\"2024-03-08\"}")
                .statusCode(200);
        String organizationCase = created(
                Api.post(admin(), "/api/v1/organization-discipline-cases", organizationCase(cell, organization.id())));
        String decidedOrganizationCase = decidedOrganizationCase(cell, organization.id());
        String appealedOrganizationCase = decidedOrganizationCase(cell, organization.id());
        String organizationAppeal = created(Api.post(
                admin(),
                "/api/v1/organization-discipline-cases/" + appealedOrganizationCase + "/appeals",
                appeal(Feed.bloc().id(), "2023-06-10")));
        return new AccessFixture(
                organization.id(),
                cell,
                members.get(3),
                cycle,
                selfAssessed,
                proposed,
                decided,
                planId,
                plan.getString("items[0].id"),
                finding,
                ruleSet,
                code,
                effectiveFrom,
                target,
                vote,
                disciplineCase,
                decidedCase,
                appealedCase,
                appeal,
                complaint,
                acknowledgedComplaint,
                organizationCase,
                decidedOrganizationCase,
                appealedOrganizationCase,
                organizationAppeal);
    }

    /** Everything a write on the fixture may change, read whole. */
    @Override
    public List<String> reads() {
        List<String> reads = new ArrayList<>(WebhookFixture.reads(this));
        reads.addAll(List.of(
                "/api/v1/reviews?size=500&organizationId=" + organization,
                "/api/v1/reviews/" + selfAssessed,
                "/api/v1/reviews/" + proposed,
                "/api/v1/reviews/" + decided,
                "/api/v1/reviews/" + decided + "/history",
                "/api/v1/inspection-plans?organizationId=" + organization,
                "/api/v1/inspection-plans/" + plan,
                "/api/v1/inspection-plans/" + plan + "/screening-findings",
                "/api/v1/rule-sets?size=500",
                "/api/v1/rule-sets/" + ruleSet,
                "/api/v1/review-cycles?size=500",
                "/api/v1/targets?size=500&cycleId=" + cycle + "&organizationId=" + organization,
                "/api/v1/targets/" + target,
                "/api/v1/confidence-votes?size=500&organizationId=" + organization,
                "/api/v1/discipline-cases?size=500&organizationId=" + organization,
                "/api/v1/discipline-cases/" + disciplineCase,
                "/api/v1/discipline-cases/" + decidedCase + "/appeals",
                "/api/v1/discipline-cases/" + appealedCase + "/appeals",
                "/api/v1/complaints?size=500&organizationId=" + organization,
                "/api/v1/complaints/" + complaint,
                "/api/v1/complaints/" + acknowledgedComplaint,
                "/api/v1/complaints/terms",
                "/api/v1/organization-discipline-cases?size=500&organizationId=" + organization,
                "/api/v1/organization-discipline-cases/" + organizationCase,
                "/api/v1/organization-discipline-cases/" + decidedOrganizationCase,
                "/api/v1/organization-discipline-cases/" + decidedOrganizationCase + "/appeals",
                "/api/v1/organization-discipline-cases/" + appealedOrganizationCase + "/appeals",
                "/api/v1/reviews/exports?organizationId=" + organization));
        return reads;
    }

    /** The url each documented read is sent to; lists name the fixture's organization, so a secretary's scope applies. */
    String readUrl(String operation) {
        String webhook = WebhookFixture.readUrl(this, "evaluations", operation);
        if (webhook != null) {
            return webhook;
        }
        String path = operation.substring("GET ".length());
        return switch (path) {
            case "/api/v1/reviews",
                    "/api/v1/inspection-plans",
                    "/api/v1/confidence-votes",
                    "/api/v1/discipline-cases",
                    "/api/v1/organization-discipline-cases",
                    "/api/v1/complaints" -> path + "?organizationId=" + organization;
            case "/api/v1/complaints/overdue" -> path + "?on=2030-01-01&organizationId=" + organization;
            case "/api/v1/reviews/attainment", "/api/v1/inspection-plans/report" ->
                path + "?year=2024&organizationId=" + organization;
            case "/api/v1/discipline-cases/report" ->
                path + "?from=2023-01-01&to=2023-12-31&organizationId=" + organization;
            case "/api/v1/targets" -> path + "?cycleId=" + cycle + "&organizationId=" + organization;
            case "/api/v1/reviews/exports" -> path + "?organizationId=" + organization;
            case "/api/v1/reviews/exports/{id}" -> "/api/v1/reviews/exports/" + reviewExport();
            case "/api/v1/reviews/exports/{id}/content" -> "/api/v1/reviews/exports/" + reviewExport() + "/content";
            case "/api/v1/discipline-cases/{id}/appeals/{appealId}" ->
                "/api/v1/discipline-cases/" + appealedCase + "/appeals/" + appeal;
            case "/api/v1/organization-discipline-cases/{id}/appeals/{appealId}" ->
                "/api/v1/organization-discipline-cases/" + appealedOrganizationCase + "/appeals/" + organizationAppeal;
            default ->
                path.replace("/reviews/{id}", "/reviews/" + decided)
                        .replace("/inspection-plans/{id}", "/inspection-plans/" + plan)
                        .replace("{itemId}", item)
                        .replace("{findingId}", finding)
                        .replace("/confidence-votes/{id}", "/confidence-votes/" + vote)
                        .replace(
                                "/organization-discipline-cases/{id}",
                                "/organization-discipline-cases/" + organizationCase)
                        .replace("/discipline-cases/{id}", "/discipline-cases/" + disciplineCase)
                        .replace("/complaints/{id}", "/complaints/" + complaint)
                        .replace("/rule-sets/{id}", "/rule-sets/" + ruleSet)
                        .replace("/code-lists/evaluations/{name}", "/code-lists/evaluations/rating-levels")
                        .replace("/review-cycles/{id}", "/review-cycles/" + cycle)
                        .replace("/targets/{id}", "/targets/" + target);
        };
    }

    /** A valid request for each documented write, aimed at a fixture. */
    static final Map<String, Function<AccessFixture, Request>> WRITES = WebhookFixture.withWrites(
            "evaluations",
            Map.ofEntries(
                    Map.entry(
                            "POST /api/v1/reviews/exports",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews/exports",
                                    "{\"organizationId\":\"" + f.organization + "\"}")),
                    Map.entry(
                            "POST /api/v1/reviews",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews",
                                    "{\"cycleId\":\"" + f.cycle + "\",\"subjectKind\":\"MEMBER\",\"subjectId\":\""
                                            + f.spare + "\"," + level("GOOD") + "}")),
                    Map.entry(
                            "POST /api/v1/reviews/{id}/proposals",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews/" + f.selfAssessed + "/proposals",
                                    "{" + level("GOOD") + "}")),
                    Map.entry(
                            "POST /api/v1/reviews/{id}/decisions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews/" + f.proposed + "/decisions",
                                    "{" + level("GOOD")
                                            + ",\"decisionNumber\":\"45-QĐ/ĐUK\",\"decidedOn\":\"2024-12-20\"}")),
                    Map.entry(
                            "POST /api/v1/reviews/{id}/publications",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews/" + f.decided + "/publications",
                                    "{\"publishedOn\":\"2024-12-28\"}")),
                    Map.entry(
                            "POST /api/v1/reviews/{id}/re-ratings",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews/" + f.decided + "/re-ratings",
                                    "{\"reason\":\"Kết luận kiểm tra 12-KL/UBKT\",\"decision\":{" + level("COMPLETE")
                                            + ",\"decidedOn\":\"2025-01-10\"}}")),
                    Map.entry(
                            "POST /api/v1/reviews/batch",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/reviews/batch",
                                    "{\"cycleId\":\"" + f.cycle + "\",\"items\":["
                                            + Api.item("MEMBER", f.spare, level("GOOD"), "2024-12-20") + "]}")),
                    Map.entry(
                            "POST /api/v1/inspection-plans",
                            f -> Request.json("POST", "/api/v1/inspection-plans", plan(f.organization))),
                    Map.entry(
                            "POST /api/v1/inspection-plans/{id}/items",
                            f -> Request.json("POST", "/api/v1/inspection-plans/" + f.plan + "/items", item(f.cell))),
                    Map.entry(
                            "POST /api/v1/inspection-plans/{id}/items/{itemId}/conclusions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/inspection-plans/" + f.plan + "/items/" + f.item + "/conclusions",
                                    "{\"findings\":\"Sổ sách đầy đủ\",\"conclusion\":\"Chấp hành tốt\",\"concludedOn\":\"2024-05-10\"}")),
                    Map.entry(
                            "POST /api/v1/inspection-plans/{id}/items/{itemId}/cancellations",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/inspection-plans/" + f.plan + "/items/" + f.item + "/cancellations",
                                    "{\"reason\":\"Chi bộ sáp nhập\"}")),
                    Map.entry(
                            "POST /api/v1/inspection-plans/{id}/screening-findings",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/inspection-plans/" + f.plan + "/screening-findings",
                                    finding(f.spare))),
                    Map.entry(
                            "POST /api/v1/rule-sets",
                            f -> Request.json(
                                    "POST", "/api/v1/rule-sets", ruleSet(newRuleSetCode(), laterDate(), "Hướng dẫn"))),
                    Map.entry(
                            "PUT /api/v1/rule-sets/{id}",
                            f -> Request.json(
                                    "PUT",
                                    "/api/v1/rule-sets/" + f.ruleSet,
                                    ruleSet(f.ruleSetCode, f.ruleSetEffectiveFrom, "Hướng dẫn, đính chính"))),
                    Map.entry(
                            "POST /api/v1/review-cycles",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/review-cycles",
                                    "{\"year\":" + CYCLE_YEARS.getAndIncrement() + "}")),
                    Map.entry(
                            "POST /api/v1/targets",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/targets",
                                    target(f.cycle, f.organization, "EXCELLENT", "AT_MOST", 20))),
                    Map.entry(
                            "PUT /api/v1/targets/{id}",
                            f -> Request.json(
                                    "PUT",
                                    "/api/v1/targets/" + f.target,
                                    "{\"comparison\":\"AT_LEAST\",\"percent\":95}")),
                    Map.entry(
                            "POST /api/v1/confidence-votes",
                            f -> Request.json("POST", "/api/v1/confidence-votes", vote(f.organization, f.spare))),
                    Map.entry(
                            "POST /api/v1/discipline-cases",
                            f -> Request.json("POST", "/api/v1/discipline-cases", disciplineCase(f.spare, f.cell))),
                    Map.entry(
                            "POST /api/v1/discipline-cases/{id}/decisions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/discipline-cases/" + f.disciplineCase + "/decisions",
                                    "{\"form\":\"REPRIMAND\",\"decisionNumber\":\"3-QĐ/CB\",\"decidedOn\":\"2023-06-01\"}")),
                    Map.entry(
                            "POST /api/v1/discipline-cases/{id}/appeals",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/discipline-cases/" + f.decidedCase + "/appeals",
                                    appeal(f.organization, "2023-06-20"))),
                    Map.entry(
                            "POST /api/v1/discipline-cases/{id}/appeals/{appealId}/resolution",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/discipline-cases/" + f.appealedCase + "/appeals/" + f.appeal
                                            + "/resolution",
                                    "{\"outcome\":\"UPHELD\",\"decisionNumber\":\"5-QĐ/ĐU\",\"resolvedOn\":\"2023-07-01\"}")),
                    Map.entry(
                            "POST /api/v1/organization-discipline-cases",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/organization-discipline-cases",
                                    organizationCase(f.cell, f.organization))),
                    Map.entry(
                            "POST /api/v1/organization-discipline-cases/{id}/decisions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/organization-discipline-cases/" + f.organizationCase + "/decisions",
                                    "{\"form\":\"REPRIMAND\",\"decisionNumber\":\"4-QĐ/ĐU\",\"decidedOn\":\"2023-06-01\"}")),
                    Map.entry(
                            "POST /api/v1/organization-discipline-cases/{id}/appeals",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/organization-discipline-cases/" + f.decidedOrganizationCase + "/appeals",
                                    appeal(Feed.bloc().id(), "2023-06-20"))),
                    Map.entry(
                            "POST /api/v1/organization-discipline-cases/{id}/appeals/{appealId}/resolution",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/organization-discipline-cases/" + f.appealedOrganizationCase + "/appeals/"
                                            + f.organizationAppeal + "/resolution",
                                    "{\"outcome\":\"UPHELD\",\"decisionNumber\":\"6-QĐ/ĐU\",\"resolvedOn\":\"2023-07-01\"}")),
                    Map.entry(
                            "POST /api/v1/complaints",
                            f -> Request.json("POST", "/api/v1/complaints", complaint(f.spare, f.organization))),
                    Map.entry(
                            "POST /api/v1/complaints/{id}/acknowledgement",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/complaints/" + f.complaint + "/acknowledgement",
                                    "{\"acknowledgedOn\":\"2024-03-10\"}")),
                    Map.entry(
                            "POST /api/v1/complaints/{id}/resolution",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/complaints/" + f.acknowledgedComplaint + "/resolution",
                                    "{\"outcome\":\"UNFOUNDED\",\"decisionNumber\":\"9-KL/UBKT\",\"resolvedOn\":\"2024-04-01\"}")),
                    // Denunciations keep their 90 days: only the note changes, so that an allowed write is seen.
                    Map.entry(
                            "PUT /api/v1/complaints/terms/{kind}",
                            f -> Request.json(
                                    "PUT",
                                    "/api/v1/complaints/terms/DENUNCIATION",
                                    "{\"resolveWithinDays\":90,\"source\":\"QĐ 22-QĐ/TW (28/7/2021), Điều 20\",\"note\":\"Bản "
                                            + UUID.randomUUID() + "\"}"))));

    /** A complaint received about the member, for the inspection committee of the fixture's committee. */
    /** An export of the fixture's organization's ratings by an admin, once its content can be read. */
    private String reviewExport() {
        return ExportClient.exported(
                "/api/v1/reviews/exports", admin(), "{\"organizationId\":\"" + organization + "\"}");
    }

    private static String complaint(UUID member, UUID organization) {
        return """
                {"kind":"COMPLAINT","receivedOn":"2024-03-04","channel":"LETTER","subjectMemberId":"%s",
                 "content":"Khiếu nại việc phân công nhiệm vụ","complainantName":"Người Khiếu Nại",
                 "assignedOrganizationId":"%s"}""".formatted(member, organization);
    }

    private static String plan(UUID body, String... items) {
        return """
                {"year":2024,"bodyOrganizationId":"%s","bodyKind":"INSPECTION_COMMITTEE","activity":"INSPECTION",
                 "title":"Kế hoạch kiểm tra năm 2024","items":[%s]}""".formatted(body, String.join(",", items));
    }

    private static String item(UUID cell) {
        return """
                {"kind":"THEMATIC","subjectKind":"ORGANIZATION","subjectId":"%s","content":"Kiểm tra nền nếp sinh hoạt",
                 "plannedFrom":"2024-03-01","plannedTo":"2024-04-30"}""".formatted(cell);
    }

    private static String finding(UUID member) {
        return """
                {"memberId":"%s","finding":"Không sinh hoạt 3 tháng","outcome":"STRUCK_OFF","decidedOn":"2024-06-01"}""".formatted(member);
    }

    /** A case against the cell, handled by the standing committee of the fixture's committee. */
    private static String organizationCase(UUID cell, UUID organization) {
        return """
                {"organizationId":"%s","violation":"Không duy trì sinh hoạt định kỳ","category":"PARTY_ACTIVITIES",
                 "violatedOn":"2023-01-10","bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s","openedOn":"2023-02-01"}""".formatted(cell, organization);
    }

    /** A case the member's own cell handles, opened and decided before the fixture's 2024 reviews. */
    private static String disciplineCase(UUID member, UUID cell) {
        return """
                {"memberId":"%s","violation":"Không chấp hành nghị quyết của chi bộ","category":"PARTY_ACTIVITIES",
                 "violatedOn":"2023-01-10","bodyKind":"CELL","bodyOrganizationId":"%s","openedOn":"2023-02-01"}""".formatted(member, cell);
    }

    /** A case against the cell its committee's standing committee decided (a reprimand in 2023), for the appeals. */
    private static String decidedOrganizationCase(UUID cell, UUID organization) {
        String id = created(
                Api.post(admin(), "/api/v1/organization-discipline-cases", organizationCase(cell, organization)));
        Api.post(
                        admin(),
                        "/api/v1/organization-discipline-cases/" + id + "/decisions",
                        "{\"form\":\"REPRIMAND\",\"decisionNumber\":\"4-QĐ/ĐU\",\"decidedOn\":\"2023-06-01\"}")
                .statusCode(200);
        return id;
    }

    /** A case the member's own cell decided (a reprimand in 2023), for the appeals. */
    private static String decidedCase(UUID member, UUID cell) {
        String id = created(Api.post(admin(), "/api/v1/discipline-cases", disciplineCase(member, cell)));
        Api.post(
                        admin(),
                        "/api/v1/discipline-cases/" + id + "/decisions",
                        "{\"form\":\"REPRIMAND\",\"decisionNumber\":\"3-QĐ/CB\",\"decidedOn\":\"2023-06-01\"}")
                .statusCode(200);
        return id;
    }

    /** An appeal to the standing committee of {@code organization}. */
    private static String appeal(UUID organization, String lodgedOn) {
        return """
                {"lodgedOn":"%s","bodyKind":"STANDING_COMMITTEE","bodyOrganizationId":"%s"}""".formatted(lodgedOn, organization);
    }

    private static String ruleSet(String code, LocalDate effectiveFrom, String documents) {
        return """
                {"code":"%s","documents":"%s","effectiveFrom":"%s","usesScore":false}""".formatted(code, documents, effectiveFrom);
    }

    private static String target(UUID cycle, UUID organization, String metric, String comparison, int percent) {
        return """
                {"cycleId":"%s","organizationId":"%s","subjectKind":"MEMBER","metric":"%s","comparison":"%s","percent":%d}""".formatted(cycle, organization, metric, comparison, percent);
    }

    private static String vote(UUID organization, UUID member) {
        return """
                {"organizationId":"%s","body":"Ban Chấp hành","votedOn":"2024-11-15","summoned":30,"present":25,
                 "results":[{"memberId":"%s","positionTitle":"Bí thư","ballotsIssued":25,"ballotsReturned":25,
                 "validBallots":25,"invalidBallots":0,"high":20,"trust":4,"low":1}]}""".formatted(organization, member);
    }

    private static String newRuleSetCode() {
        return "AM-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate laterDate() {
        return LocalDate.of(2060, 1, 1).plusDays(LATER.getAndIncrement());
    }

    private static String created(io.restassured.response.ValidatableResponse response) {
        return JsonBodies.createdId(response);
    }
}
