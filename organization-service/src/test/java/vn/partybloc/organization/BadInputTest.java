package vn.partybloc.organization;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    private UUID committee;
    private UUID otherCommittee;

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }

    /**
     * A grassroots committee with a term of office; each structural change (which ends or moves the organization it
     * acts on) gets a cell of its own under that committee, so that the positive controls leave the others usable.
     */
    @Override
    protected Map<String, String> existingIds() {
        committee = Fixtures.committee("Đảng bộ Kiểm thử đầu vào");
        otherCommittee = Fixtures.committee("Đảng bộ Kiểm thử đầu vào nhận");
        String term = given().auth()
                .oauth2(Fixtures.admin())
                .contentType("application/json")
                .body("{\"startYear\": 2020, \"endYear\": 2025, \"congressDate\": \"2020-06-10\"}")
                .post("/api/v1/organizations/" + committee + "/terms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return Map.of(
                "organizations/{id}", committee.toString(),
                "organizations/{id}/terms/{termId}", term,
                "organizations/{id}/dissolutions", cell("giải thể"),
                "organizations/{id}/splits", cell("chia tách"),
                "organizations/{id}/transfers", cell("điều chuyển"),
                "organizations/{id}/transfers-out", cell("chuyển đi"));
    }

    @Override
    protected Map<String, String> fieldValues() {
        return Map.of("parentId", Fixtures.root().toString(), "newParentId", otherCommittee.toString());
    }

    /** A merge names the cells it merges, so they must exist; the document's example names made-up ones. */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of("POST /api/v1/organizations/merges", """
                {"sourceIds": ["%s", "%s"],
                 "newTarget": {"code": "%s", "name": "Chi bộ hợp nhất", "type": "SUBORDINATE_CELL", "parentId": "%s"},
                 "decision": {"number": "130-QĐ/ĐU", "date": "2024-02-20"}}""".formatted(
                        cell("hợp nhất 1"), cell("hợp nhất 2"), Fixtures.code("MG"), committee));
    }

    private String cell(String purpose) {
        return Fixtures.cell(committee, "Chi bộ kiểm thử " + purpose).toString();
    }
}
