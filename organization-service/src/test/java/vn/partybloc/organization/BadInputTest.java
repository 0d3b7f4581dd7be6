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
                "organizations/{id}/meetings/{month}", WriteRequests.recordMonth(committee, "2024-01"),
                "organizations/{id}/dissolutions", cell("giải thể"),
                "organizations/{id}/splits", cell("chia tách"),
                "organizations/{id}/transfers", cell("điều chuyển"),
                "organizations/{id}/transfers-out", cell("chuyển đi"),
                "organizations/exports/{id}", WriteRequests.export(committee));
    }

    /** About 40 bad requests for each of the service's 37 operations, so that each reaches validation often enough. */
    @Override
    protected int minimumRequests() {
        return 1300;
    }

    @Override
    protected Map<String, String> fieldValues() {
        return Map.of(
                "parentId",
                Fixtures.root().toString(),
                "newParentId",
                otherCommittee.toString(),
                "organizationId",
                committee.toString());
    }

    /**
     * Codes are unique and a merge names the cells it merges, so these bodies take fresh codes and seeded cells where
     * the document's examples give fixed codes and made-up cells.
     */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of(
                // The document's example names members this service has never heard of.
                "PUT /api/v1/organizations/{id}/meetings/{month}",
                "{\"meetings\": []}",
                "PUT /api/v1/organizations/{id}/meetings",
                "{\"months\": [{\"month\": \"2024-01\", \"meetings\": []}]}",
                "POST /api/v1/organizations",
                Fixtures.foundBody(
                        Fixtures.code("FD"),
                        "Đảng bộ kiểm thử thành lập",
                        "GRASSROOTS_COMMITTEE",
                        Fixtures.root(),
                        "2023-04-01"),
                "POST /api/v1/organizations/batch",
                "{\"items\": ["
                        + Fixtures.foundBody(
                                Fixtures.code("FB"), "Chi bộ kiểm thử lô", "SUBORDINATE_CELL", committee, "2023-04-01")
                        + "]}",
                "POST /api/v1/organizations/transfers-in",
                """
                {"organization": {"code": "%s", "name": "Đảng bộ kiểm thử tiếp nhận", "type": "GRASSROOTS_COMMITTEE",
                  "parentId": "%s", "hostUnit": {"name": "Công ty kiểm thử", "kind": "STATE_ENTERPRISE"}},
                 "origin": "Đảng bộ Khối Cơ quan tỉnh (cũ)", "decision": {"number": "201-QĐ/TU", "date": "2025-06-20"}}""".formatted(Fixtures.code("TI"), Fixtures.root()),
                "POST /api/v1/organizations/{id}/splits",
                """
                {"into": [{"code": "%s", "name": "Chi bộ kiểm thử 1"}, {"code": "%s", "name": "Chi bộ kiểm thử 2"}],
                 "decision": {"number": "160-QĐ/ĐU", "date": "2024-10-01"}}""".formatted(Fixtures.code("SP"), Fixtures.code("SP")),
                "POST /api/v1/organizations/merges",
                """
                {"sourceIds": ["%s", "%s"],
                 "newTarget": {"code": "%s", "name": "Chi bộ hợp nhất", "type": "SUBORDINATE_CELL", "parentId": "%s"},
                 "decision": {"number": "130-QĐ/ĐU", "date": "2024-02-20"}}""".formatted(cell("hợp nhất 1"), cell("hợp nhất 2"), Fixtures.code("MG"), committee));
    }

    private String cell(String purpose) {
        return Fixtures.cell(committee, "Chi bộ kiểm thử " + purpose).toString();
    }
}
