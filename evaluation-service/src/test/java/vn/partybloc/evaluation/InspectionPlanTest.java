package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class InspectionPlanTest {

    static String item(String kind, String subjectKind, UUID subject) {
        return """
                {"kind":"%s","subjectKind":"%s","subjectId":"%s","content":"Kiểm tra việc chấp hành Điều lệ",
                 "plannedFrom":"2024-03-01","plannedTo":"2024-04-30"}""".formatted(kind, subjectKind, subject);
    }

    static String plan(UUID body, String bodyKind, List<String> items) {
        return """
                {"year":2024,"bodyOrganizationId":"%s","bodyKind":"%s","activity":"INSPECTION","title":"Kế hoạch kiểm tra năm 2024",
                 "items":[%s]}""".formatted(body, bodyKind, String.join(",", items));
    }

    @Test
    void anInspectorPlansConcludesAndTheReportComparesPlannedWithDone() {
        Feed.Org grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cellA = Feed.child(grassroots, "SUBORDINATE_CELL");
        Feed.Org cellB = Feed.child(grassroots, "SUBORDINATE_CELL");
        UUID member = Feed.member(cellA.id(), "Bùi Văn Lâm");
        String inspector = Tokens.as("inspector");

        var created = Api.post(
                        inspector,
                        "/api/v1/inspection-plans",
                        plan(
                                grassroots.id(),
                                "INSPECTION_COMMITTEE",
                                List.of(
                                        item("ROUTINE", "ORGANIZATION", cellA.id()),
                                        item("THEMATIC", "ORGANIZATION", cellB.id()),
                                        item("THEMATIC", "COMMITTEE_MEMBER", member))))
                .statusCode(201)
                .body("items", hasSize(3))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("PLANNED")))
                .extract()
                .jsonPath();
        UUID plan = UUID.fromString(created.getString("id"));
        UUID routine = UUID.fromString(created.getString("items.find { it.kind == 'ROUTINE' }.id"));
        UUID aboutMember = UUID.fromString(created.getString("items.find { it.subjectKind == 'COMMITTEE_MEMBER' }.id"));
        UUID thematicCell = UUID.fromString(
                created.getString("items.find { it.subjectKind == 'ORGANIZATION' && it.kind == 'THEMATIC' }.id"));

        Api.post(
                        inspector,
                        "/api/v1/inspection-plans/" + plan + "/items/" + routine + "/conclusions",
                        "{\"findings\":\"Sổ sách đầy đủ\",\"conclusion\":\"Chấp hành tốt\",\"concludedOn\":\"2024-05-10\"}")
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("concludedBy", equalTo("inspector"));
        Api.post(
                        inspector,
                        "/api/v1/inspection-plans/" + plan + "/items/" + routine + "/conclusions",
                        "{\"findings\":\"x\",\"conclusion\":\"y\",\"concludedOn\":\"2024-05-11\"}")
                .statusCode(422)
                .body("rule", equalTo("INS-FLOW"));
        Api.post(
                        inspector,
                        "/api/v1/inspection-plans/" + plan + "/items/" + thematicCell + "/cancellations",
                        "{\"reason\":\"Chi bộ sáp nhập\"}")
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Api.post(
                        inspector,
                        "/api/v1/inspection-plans/" + plan + "/screening-findings",
                        "{\"memberId\":\"" + member
                                + "\",\"finding\":\"Không sinh hoạt 3 tháng\",\"outcome\":\"STRUCK_OFF\",\"decidedOn\":\"2024-06-01\"}")
                .statusCode(201)
                .body("outcome", equalTo("STRUCK_OFF"));

        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("year", 2024)
                .get("/api/v1/inspection-plans/report")
                .then()
                .statusCode(200)
                .body("lines.find { it.kind == 'ROUTINE' }.planned", equalTo(1))
                .body("lines.find { it.kind == 'ROUTINE' }.done", equalTo(1))
                .body("lines.find { it.kind == 'THEMATIC' }.planned", equalTo(1))
                .body("lines.find { it.kind == 'THEMATIC' }.done", equalTo(0))
                .body("lines.find { it.kind == 'THEMATIC' }.cancelled", equalTo(1))
                .body("screenings.STRUCK_OFF", equalTo(1));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/inspection-plans/" + plan + "/screening-findings")
                .then()
                .body("memberId", org.hamcrest.Matchers.contains(member.toString()));
        ReviewFlowTest.assertEvents(plan, List.of("InspectionConcluded"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/inspection-plans/" + plan)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + aboutMember + "' }.status", equalTo("PLANNED"));
    }

    @Test
    void bodiesAndSubjectsFollowTheTree() {
        Feed.Org grassrootsCell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Feed.Org committee = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org otherCell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        Api.post(admin(), "/api/v1/inspection-plans", plan(grassrootsCell.id(), "INSPECTION_COMMITTEE", List.of()))
                .statusCode(422)
                .body("rule", equalTo("INS-BODY"));
        Api.post(admin(), "/api/v1/inspection-plans", plan(grassrootsCell.id(), "COMMITTEE", List.of()))
                .statusCode(201);
        Api.post(
                        admin(),
                        "/api/v1/inspection-plans",
                        plan(
                                committee.id(),
                                "INSPECTION_COMMITTEE",
                                List.of(item("ROUTINE", "ORGANIZATION", otherCell.id()))))
                .statusCode(422)
                .body("rule", equalTo("INS-SUBJECT"));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", committee.id().toString())
                .get("/api/v1/inspection-plans")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void aSecretaryPlansOnlyInsideTheirSubtreeAndViewersNever() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org other = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        String secretary = Tokens.secretaryOf(mine.id());
        Api.post(secretary, "/api/v1/inspection-plans", plan(mine.id(), "INSPECTION_COMMITTEE", List.of()))
                .statusCode(201);
        Api.post(secretary, "/api/v1/inspection-plans", plan(other.id(), "INSPECTION_COMMITTEE", List.of()))
                .statusCode(404);
        Api.post(Tokens.as("viewer"), "/api/v1/inspection-plans", plan(mine.id(), "INSPECTION_COMMITTEE", List.of()))
                .statusCode(403);
        UUID otherPlan =
                UUID.fromString(Api.post(admin(), "/api/v1/inspection-plans", plan(other.id(), "COMMITTEE", List.of()))
                        .statusCode(201)
                        .extract()
                        .path("id"));
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/inspection-plans/" + otherPlan)
                .then()
                .statusCode(404);
    }

    @Test
    void anAddedItemAndARecordedFindingAreReadWhereTheirLocationsPointInsideTheCallersSubtree() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(mine, "SUBORDINATE_CELL");
        Feed.Org other = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID member = Feed.member(cell.id(), "Hà Văn Soát");
        String plan = Api.post(admin(), "/api/v1/inspection-plans", plan(mine.id(), "INSPECTION_COMMITTEE", List.of()))
                .statusCode(201)
                .extract()
                .path("id");
        var added = Api.post(
                        admin(),
                        "/api/v1/inspection-plans/" + plan + "/items",
                        item("THEMATIC", "ORGANIZATION", cell.id()))
                .statusCode(201)
                .extract();
        var recorded = Api.post(
                        admin(),
                        "/api/v1/inspection-plans/" + plan + "/screening-findings",
                        "{\"memberId\":\"" + member
                                + "\",\"finding\":\"Bỏ sinh hoạt\",\"outcome\":\"RETAINED\",\"decidedOn\":\"2024-06-01\"}")
                .statusCode(201)
                .extract();
        String item = added.path("id");
        String finding = recorded.path("id");

        String viewer = Tokens.as("viewer");
        given().auth()
                .oauth2(viewer)
                .get(added.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(item))
                .body("kind", equalTo("THEMATIC"))
                .body("subjectId", equalTo(cell.id().toString()))
                .body("status", equalTo("PLANNED"));
        given().auth()
                .oauth2(viewer)
                .get(recorded.header("Location"))
                .then()
                .statusCode(403); // a screening finding is sensitive personnel data
        given().auth()
                .oauth2(Tokens.as("inspector"))
                .get(recorded.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(finding))
                .body("memberId", equalTo(member.toString()))
                .body("outcome", equalTo("RETAINED"));

        String itemPath = "/api/v1/inspection-plans/" + plan + "/items/";
        String findingPath = "/api/v1/inspection-plans/" + plan + "/screening-findings/";
        for (String path : List.of(itemPath + item, findingPath + finding)) {
            given().auth()
                    .oauth2(Tokens.secretaryOf(mine.id()))
                    .get(path)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.secretaryOf(other.id()))
                    .get(path)
                    .then()
                    .statusCode(404);
        }
        given().auth().oauth2(admin()).get(itemPath + UUID.randomUUID()).then().statusCode(404);
        given().auth()
                .oauth2(admin())
                .get(findingPath + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth().oauth2(admin()).get(itemPath + finding).then().statusCode(404);
    }
}
