package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void foundingAnswers201WithLocationEtagAndTheStoredOrganization() {
        UUID root = Fixtures.root();
        String code = Fixtures.code("DHDT");
        String location = Fixtures.foundResponse(
                        code, "Đảng bộ Trường Đại học Đồng Tháp", "GRASSROOTS_COMMITTEE", root, "2021-05-01")
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("type", equalTo("GRASSROOTS_COMMITTEE"))
                .body("parentId", equalTo(root.toString()))
                .body("status", equalTo("ACTIVE"))
                .body("foundedOn", equalTo("2021-05-01"))
                .body("foundingDecision", equalTo(code + "-QĐ/ĐUK"))
                .body("createdBy", equalTo("admin"))
                .body("path[0]", equalTo(root.toString()))
                .extract()
                .header("Location");
        given().auth()
                .oauth2(admin())
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo("Đảng bộ Trường Đại học Đồng Tháp"))
                .body("hostUnit.kind", equalTo("AGENCY"))
                .body("depth", equalTo(1));
    }

    @Test
    void typeNotAllowedUnderParentIsRefusedNamingTheRule() {
        UUID cell = Fixtures.found(
                Fixtures.code("GCELL"), "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL", Fixtures.root(), "2020-01-01");
        Fixtures.foundResponse(Fixtures.code("X"), "Chi bộ con", "SUBORDINATE_CELL", cell, "2021-01-01")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("ORG-ALLOWED-PARENT"))
                .body("status", equalTo(422));
        Fixtures.foundResponse(Fixtures.code("Y"), "Đảng bộ bộ phận", "SUB_COMMITTEE", Fixtures.root(), "2021-01-01")
                .statusCode(422)
                .body("rule", equalTo("ORG-ALLOWED-PARENT"));
    }

    @Test
    void secondBlocCommitteeIsRefused() {
        Fixtures.root();
        Fixtures.foundResponse(Fixtures.code("ROOT2"), "Khối khác", "BLOC_COMMITTEE", null, "2021-01-01")
                .statusCode(422)
                .body("rule", equalTo("ORG-SINGLE-ROOT"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = Fixtures.code("DUP");
        Fixtures.found(code, "Đảng bộ A", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01");
        Fixtures.foundResponse(code, "Đảng bộ B", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(code));
    }

    @Test
    @InvalidRequestsOnPurpose
    void invalidFieldsAreListedOneByOne() {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"organization": {"code": "has space", "name": "", "type": "GRASSROOTS_COMMITTEE"},
                         "decision": {"number": "1", "date": null}}""")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("organization.code", "organization.name", "decision.date"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void unknownOrReadOnlyPropertiesAreRejectedNotIgnored() {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"organization": {"code": "RO1", "name": "X", "type": "GRASSROOTS_COMMITTEE", "id": "%s"},
                         "decision": {"number": "1", "date": "2020-01-01"}}""".formatted(UUID.randomUUID()))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organization.id"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void malformedJsonAndWrongEnumAndWrongContentTypeAre4xxProblems() {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"organization\":")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(
                        "{\"organization\": {\"code\": \"A\", \"name\": \"B\", \"type\": \"CLUB\"}, \"decision\": {\"number\": \"1\", \"date\": \"2020-01-01\"}}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organization.type"));
        given().auth()
                .oauth2(admin())
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/organizations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    @InvalidRequestsOnPurpose
    void malformedIdsAndParametersAre4xxProblems() {
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2023-13-01")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .queryParam("size", 501)
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth()
                .oauth2(admin())
                .queryParam("sort", "secret,asc")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void staleIfMatchIsRefusedWith412AndCurrentOneSucceeds() {
        UUID id = Fixtures.committee("Đảng bộ Sở Y tế");
        String etag = Fixtures.etag(id);
        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body("{\"name\": \"Đảng bộ Sở Y tế tỉnh\", \"effectiveDate\": \"2022-01-01\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Đảng bộ Sở Y tế tỉnh"))
                .header("ETag", not(equalTo(etag)));
        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body("{\"name\": \"Lost update\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + id)
                .then()
                .body("name", equalTo("Đảng bộ Sở Y tế tỉnh"));
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        UUID id = Fixtures.committee("Đảng ủy Trường Đại học Kỹ thuật Công nghệ");
        given().auth()
                .oauth2(admin())
                .queryParam("q", "dang uy truong dai hoc ky thuat")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("q", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC KỸ")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("q", "100%_")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    /** Issue 19: an integrating system matches the organizations it knows by their codes, exactly, within its view. */
    @Test
    void anIntegratingSystemFindsOrganizationsByTheirCodes() {
        String code = Fixtures.code("HR");
        UUID committee =
                Fixtures.found(code, "Đảng bộ Sở Lao động", "GRASSROOTS_COMMITTEE", Fixtures.root(), "2020-01-01");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Việc làm");
        String cellCode = given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + cell)
                .then()
                .extract()
                .path("code");
        UUID elsewhere = Fixtures.committee("Đảng bộ Sở Xây dựng");
        String elsewhereCode = given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + elsewhere)
                .then()
                .extract()
                .path("code");

        given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("code", code, cellCode, code.substring(0, code.length() - 1))
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(committee.toString(), cell.toString()));
        given().auth()
                .oauth2(Tokens.secretaryOf(committee))
                .queryParam("code", cellCode, elsewhereCode)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", contains(cell.toString()));
    }

    @Test
    void treeQueriesAnswerChildrenSubtreeAncestorsAndCounts() {
        UUID committee = Fixtures.committee("Đảng bộ Công ty Điện lực");
        UUID sub = Fixtures.found(
                Fixtures.code("SUB"), "Đảng bộ bộ phận Phân xưởng", "SUB_COMMITTEE", committee, "2020-01-01");
        UUID cellA = Fixtures.cell(committee, "Chi bộ Văn phòng");
        UUID cellB = Fixtures.cell(sub, "Chi bộ Tổ 1");
        UUID cellC = Fixtures.cell(sub, "Chi bộ Tổ 2");

        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + committee + "/children")
                .then()
                .statusCode(200)
                .body("id", containsInAnyOrder(sub.toString(), cellA.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("type", "SUBORDINATE_CELL")
                .queryParam("size", 2)
                .queryParam("sort", "name,asc")
                .get("/api/v1/organizations/" + committee + "/subtree")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .body("size", equalTo(2))
                .body("items.name", contains("Chi bộ Tổ 1", "Chi bộ Tổ 2"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + cellC + "/ancestors")
                .then()
                .statusCode(200)
                .body("id", contains(Fixtures.root().toString(), committee.toString(), sub.toString()));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + committee + "/counts")
                .then()
                .statusCode(200)
                .body("byType.GRASSROOTS_COMMITTEE", equalTo(1))
                .body("byType.SUB_COMMITTEE", equalTo(1))
                .body("byType.SUBORDINATE_CELL", equalTo(3))
                .body("grassroots", equalTo(1))
                .body("byHostUnitKind.AGENCY", equalTo(5))
                .body("total", equalTo(5));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + cellB)
                .then()
                .body("depth", equalTo(3));
    }

    @Test
    void anEmptyOrUnchangedPatchIsANoOp() {
        UUID id = Fixtures.committee("Đảng bộ Sở Tư pháp");
        String etag = Fixtures.etag(id);
        for (String body :
                new String[] {"{}", "{\"name\": \"Đảng bộ Sở Tư pháp\", \"effectiveDate\": \"2024-05-01\"}"}) {
            given().auth()
                    .oauth2(admin())
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .header("If-Match", etag)
                    .body(body)
                    .patch("/api/v1/organizations/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag))
                    .body("name", equalTo("Đảng bộ Sở Tư pháp"));
        }
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("FOUND"));
        // Nothing was recorded on 2024-05-01 or today, so a change dated earlier is still in order.
        given().auth()
                .oauth2(admin())
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\": \"Đảng bộ Sở Tư pháp tỉnh\", \"effectiveDate\": \"2021-01-01\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Đảng bộ Sở Tư pháp tỉnh"));
    }
}
