package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

@QuarkusTest
class StructuralChangeTest {

    private static final String ORGS = "/api/v1/organizations/";

    @Test
    void transferMovesTheWholeSubtree() {
        UUID from = Fixtures.committee("Đảng bộ Sở Giao thông");
        UUID to = Fixtures.committee("Đảng bộ Sở Xây dựng");
        UUID sub = Fixtures.found(
                Fixtures.code("SUB"), "Đảng bộ bộ phận Ban Quản lý", "SUB_COMMITTEE", from, "2020-01-01");
        UUID cell = Fixtures.cell(sub, "Chi bộ Ban Quản lý 1");

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"newParentId\": \"" + to + "\", \"decision\": " + Fixtures.decision("2022-03-01") + "}")
                .post(ORGS + sub + "/transfers")
                .then()
                .statusCode(200)
                .body("parentId", equalTo(to.toString()));

        given().auth()
                .oauth2(admin())
                .get(ORGS + cell + "/ancestors")
                .then()
                .body("id", contains(Fixtures.root().toString(), to.toString(), sub.toString()));
        given().auth()
                .oauth2(admin())
                .get(ORGS + to + "/subtree")
                .then()
                .body("items.id", containsInAnyOrder(sub.toString(), cell.toString()));
        given().auth().oauth2(admin()).get(ORGS + from + "/subtree").then().body("total", equalTo(0));
        // As of the day before the decision took effect, the cell was still under the old committee.
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2022-02-28")
                .get(ORGS + cell + "/ancestors")
                .then()
                .body("id", contains(Fixtures.root().toString(), from.toString(), sub.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2022-02-28")
                .get(ORGS + from + "/counts")
                .then()
                .body("byType.SUBORDINATE_CELL", equalTo(1));
    }

    @Test
    void movingUnderOwnDescendantIsRefused() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Nội vụ");
        UUID sub = Fixtures.found(Fixtures.code("SUB"), "Đảng bộ bộ phận", "SUB_COMMITTEE", committee, "2020-01-01");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"newParentId\": \"" + sub + "\", \"decision\": " + Fixtures.decision("2022-03-01") + "}")
                .post(ORGS + committee + "/transfers")
                .then()
                .statusCode(422)
                .body("rule", equalTo("ORG-NO-CYCLE"));
    }

    @Test
    void transferOutEndsTheSubtreeAndIsRecordedWithItsDecision() {
        UUID committee = Fixtures.committee("Đảng bộ Công an tỉnh");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Tham mưu");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(
                        "{\"destination\": \"Đảng ủy Công an Trung ương\", \"decision\": {\"number\": \"15-QĐ/TU\", \"date\": \"2021-09-01\", \"effectiveDate\": \"2021-10-01\"}}")
                .post(ORGS + committee + "/transfers-out")
                .then()
                .statusCode(200)
                .body("status", equalTo("TRANSFERRED_OUT"))
                .body("statusSince", equalTo("2021-10-01"));
        given().auth().oauth2(admin()).get(ORGS + cell).then().body("status", equalTo("TRANSFERRED_OUT"));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2021-09-30")
                .get(ORGS + committee)
                .then()
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(admin())
                .get(ORGS + committee + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("FOUND", "TRANSFER_OUT"))
                .body("[1].decisionNumber", equalTo("15-QĐ/TU"))
                .body("[1].counterparty", equalTo("Đảng ủy Công an Trung ương"))
                .body("[1].recordedBy", equalTo("admin"))
                .body("[1].organizations.organizationId", hasItem(cell.toString()));
        // Nothing can be founded under an organization that left the Bloc.
        Fixtures.foundResponse(Fixtures.code("Z"), "Chi bộ mới", "SUBORDINATE_CELL", committee, "2022-01-01")
                .statusCode(422)
                .body("rule", equalTo("ORG-ACTIVE-REQUIRED"));
    }

    @Test
    void receivingFromOutsideFoundsWithATransferInRecord() {
        String code = Fixtures.code("RCV");
        UUID id = UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"organization": {"code": "%s", "name": "Đảng bộ Báo tỉnh", "type": "GRASSROOTS_COMMITTEE", "parentId": "%s"},
                         "origin": "Đảng bộ Khối Cơ quan tỉnh (cũ)", "decision": {"number": "7-QĐ/TU", "date": "2022-05-05"}}""".formatted(code, Fixtures.root()))
                .post(ORGS + "transfers-in")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        given().auth()
                .oauth2(admin())
                .get(ORGS + id + "/history")
                .then()
                .body("kind", contains("TRANSFER_IN"))
                .body("[0].counterparty", equalTo("Đảng bộ Khối Cơ quan tỉnh (cũ)"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void splitFoundsTheNewCellsUnderTheSameParentAndEndsTheSource() {
        UUID committee = Fixtures.committee("Đảng bộ Trường Cao đẳng Y tế");
        UUID cell = Fixtures.cell(committee, "Chi bộ Khoa Điều dưỡng");
        String a = Fixtures.code("SPA");
        String b = Fixtures.code("SPB");
        List<String> created = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"into": [{"code": "%s", "name": "Chi bộ Điều dưỡng 1"}, {"code": "%s", "name": "Chi bộ Điều dưỡng 2"}],
                         "decision": %s}""".formatted(a, b, Fixtures.decision("2022-06-01")))
                .post(ORGS + cell + "/splits")
                .then()
                .statusCode(200)
                .body("type", contains("SUBORDINATE_CELL", "SUBORDINATE_CELL"))
                .body("parentId", contains(committee.toString(), committee.toString()))
                .extract()
                .path("id");
        given().auth().oauth2(admin()).get(ORGS + cell).then().body("status", equalTo("SPLIT"));
        given().auth()
                .oauth2(admin())
                .queryParam("status", "ACTIVE")
                .get(ORGS + committee + "/children")
                .then()
                .body("id", containsInAnyOrder(created.toArray()));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"into\": [{\"code\": \"" + Fixtures.code("ONE") + "\", \"name\": \"Chỉ một\"}], \"decision\": "
                        + Fixtures.decision("2022-06-01") + "}")
                .post(ORGS + created.get(0) + "/splits")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("into"));
        given().auth().oauth2(admin()).get(ORGS + created.get(0)).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void mergeIntoExistingMovesChildrenAndEndsSources() {
        UUID target = Fixtures.committee("Đảng bộ Sở Tài nguyên và Môi trường");
        UUID source = Fixtures.committee("Đảng bộ Chi cục Bảo vệ Môi trường");
        UUID child = Fixtures.cell(source, "Chi bộ Thanh tra Môi trường");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"sourceIds\": [\"" + source + "\"], \"targetId\": \"" + target + "\", \"decision\": "
                        + Fixtures.decision("2022-07-01") + "}")
                .post(ORGS + "merges")
                .then()
                .statusCode(200)
                .body("id", equalTo(target.toString()));
        given().auth().oauth2(admin()).get(ORGS + source).then().body("status", equalTo("MERGED"));
        given().auth()
                .oauth2(admin())
                .get(ORGS + child)
                .then()
                .body("parentId", equalTo(target.toString()))
                .body("status", equalTo("ACTIVE"));
    }

    /** ORG-MERGE-SOURCES: distinct sources, two for a new organization, none of them the target. */
    @Test
    void aMergeNeedsDistinctSourcesThatAreNotTheTarget() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Văn hóa");
        UUID a = Fixtures.cell(committee, "Chi bộ Văn hóa");
        UUID b = Fixtures.cell(committee, "Chi bộ Thể thao");
        String newTarget = """
                "newTarget": {"code": "%s", "name": "Chi bộ Văn hóa - Thể thao", "type": "SUBORDINATE_CELL", "parentId": "%s"}""".formatted(Fixtures.code("MRG"), committee);
        String decision = "\"decision\": " + Fixtures.decision("2022-09-01");
        List<String> refused = List.of(
                "{\"sourceIds\": [\"" + a + "\"], " + newTarget + ", " + decision + "}",
                "{\"sourceIds\": [\"" + a + "\", \"" + a + "\"], " + newTarget + ", " + decision + "}",
                "{\"sourceIds\": [\"" + a + "\", \"" + a + "\"], \"targetId\": \"" + b + "\", " + decision + "}",
                "{\"sourceIds\": [\"" + a + "\", \"" + b + "\"], \"targetId\": \"" + b + "\", " + decision + "}");
        for (String body : refused) {
            merge(body).statusCode(422).body("rule", equalTo("ORG-MERGE-SOURCES"));
        }
        given().auth()
                .oauth2(admin())
                .queryParam("status", "ACTIVE")
                .get(ORGS + committee + "/children")
                .then()
                .body("id", containsInAnyOrder(a.toString(), b.toString()));
        given().auth().oauth2(admin()).get(ORGS + a + "/history").then().body("kind", contains("FOUND"));

        // Just inside the rule: one source into an existing organization.
        merge("{\"sourceIds\": [\"" + a + "\"], \"targetId\": \"" + b + "\", " + decision + "}")
                .statusCode(200)
                .body("id", equalTo(b.toString()));
        given().auth().oauth2(admin()).get(ORGS + a).then().body("status", equalTo("MERGED"));
    }

    private static io.restassured.response.ValidatableResponse merge(String body) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(ORGS + "merges")
                .then();
    }

    @Test
    void mergeIntoNewOrganizationFoundsItFromSeveralCells() {
        UUID committee = Fixtures.committee("Đảng bộ Bệnh viện Đa khoa");
        UUID a = Fixtures.cell(committee, "Chi bộ Khoa Nội");
        UUID b = Fixtures.cell(committee, "Chi bộ Khoa Ngoại");
        String code = Fixtures.code("MRG");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"sourceIds": ["%s", "%s"], "newTarget": {"code": "%s", "name": "Chi bộ Khối Lâm sàng", "type": "SUBORDINATE_CELL", "parentId": "%s"},
                         "decision": %s}""".formatted(a, b, code, committee, Fixtures.decision("2022-08-01")))
                .post(ORGS + "merges")
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
        given().auth()
                .oauth2(admin())
                .queryParam("status", "ACTIVE")
                .get(ORGS + committee + "/children")
                .then()
                .body("code", contains(code));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"sourceIds\": [\"" + a + "\"], \"decision\": " + Fixtures.decision("2022-08-01") + "}")
                .post(ORGS + "merges")
                .then()
                .statusCode(400);
    }

    @Test
    void dissolvingAnOrganizationWithActiveChildrenIsRefused() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Công Thương");
        UUID cell = Fixtures.cell(committee, "Chi bộ Quản lý thị trường");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"decision\": " + Fixtures.decision("2023-01-01") + "}")
                .post(ORGS + committee + "/dissolutions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("ORG-ACTIVE-CHILDREN"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"decision\": " + Fixtures.decision("2023-01-01") + "}")
                .post(ORGS + cell + "/dissolutions")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISSOLVED"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"decision\": " + Fixtures.decision("2023-01-02") + "}")
                .post(ORGS + committee + "/dissolutions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(admin())
                .queryParam("status", "ACTIVE")
                .get(ORGS + Fixtures.root() + "/children")
                .then()
                .body("id", not(hasItem(committee.toString())));
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheLatestRecordedOne() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Ngoại vụ");
        UUID cell = Fixtures.cell(committee, "Chi bộ Lễ tân");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"decision\": " + Fixtures.decision("2019-01-01") + "}")
                .post(ORGS + cell + "/dissolutions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("ORG-EFFECTIVE-DATE-ORDER"));
    }

    @Test
    void asOfAnswersTheTreeAsItStoodAtTheEndOfThatDate() {
        UUID committee = Fixtures.found(
                Fixtures.code("HIS"), "Đảng bộ Sở Kế hoạch", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2021-01-10");
        UUID cell = Fixtures.found(Fixtures.code("HC"), "Chi bộ Tổng hợp", "SUBORDINATE_CELL", committee, "2021-06-15");
        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\": \"Chi bộ Tổng hợp - Kế hoạch\", \"effectiveDate\": \"2022-01-01\"}")
                .patch(ORGS + cell)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2021-06-14")
                .get(ORGS + committee + "/children")
                .then()
                .body("", hasSize(0));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2021-06-15")
                .get(ORGS + committee + "/children")
                .then()
                .body("name", contains("Chi bộ Tổng hợp"));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2021-12-31")
                .get(ORGS + cell)
                .then()
                .body("name", equalTo("Chi bộ Tổng hợp"))
                .header("ETag", equalTo(null));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2022-01-01")
                .get(ORGS + cell)
                .then()
                .body("name", equalTo("Chi bộ Tổng hợp - Kế hoạch"));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2020-12-31")
                .get(ORGS + committee)
                .then()
                .statusCode(404);
        given().auth().oauth2(admin()).get(ORGS + cell + "/history").then().body("kind", contains("FOUND", "UPDATE"));
    }
}
