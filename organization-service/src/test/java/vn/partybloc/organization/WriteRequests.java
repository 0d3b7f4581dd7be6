package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrix.Request;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.WebhookFixture;

/**
 * One valid request per write operation of organization-service, aimed at a small tree founded for it, so that a
 * caller who may write succeeds and a refused caller is refused for its role alone.
 */
final class WriteRequests {

    private static final String ORGS = "/api/v1/organizations";
    private static final String DECISION = Fixtures.decision("2023-01-01");

    /** A committee with two cells, and another committee elsewhere under the root. */
    record Tree(UUID committee, UUID cell, UUID sibling, UUID elsewhere) implements AccessMatrix.Fixture {

        static Tree found() {
            UUID committee = Fixtures.committee("Đảng bộ Sở Thử quyền");
            return new Tree(
                    committee,
                    Fixtures.cell(committee, "Chi bộ Phòng Một"),
                    Fixtures.cell(committee, "Chi bộ Phòng Hai"),
                    Fixtures.committee("Đảng bộ Sở Bên cạnh"));
        }

        /** What any write of {@link #BY_OPERATION} changes: the organizations, the parents' children, history, terms. */
        @Override
        public List<String> reads() {
            List<String> reads = new ArrayList<>(WebhookFixture.reads(this));
            reads.addAll(List.of(
                    ORGS + "/" + committee,
                    ORGS + "/" + committee + "/children",
                    ORGS + "/" + cell,
                    ORGS + "/" + cell + "/history",
                    ORGS + "/" + cell + "/terms",
                    ORGS + "/" + cell + "/meetings/2024-02",
                    ORGS + "/" + sibling,
                    ORGS + "/" + sibling + "/history",
                    ORGS + "/" + elsewhere,
                    ORGS + "/" + elsewhere + "/children",
                    ORGS + "/exports?organizationId=" + committee));
            return reads;
        }
    }

    /** By operation as in the OpenAPI document ("METHOD /path"). */
    /** An export of {@code organization} by an admin, once its content can be read; returns its id. */
    static String export(UUID organization) {
        return ExportClient.exported(
                ORGS + "/exports", Fixtures.admin(), "{\"organizationId\":\"" + organization + "\"}");
    }

    static final Map<String, Function<Tree, Request>> BY_OPERATION = WebhookFixture.withWrites(
            "organizations",
            Map.ofEntries(
                    entry(
                            "POST /api/v1/organizations/exports",
                            tree -> Request.json(
                                    "POST", ORGS + "/exports", "{\"organizationId\":\"" + tree.committee() + "\"}")),
                    entry(
                            "POST /api/v1/organizations",
                            tree -> Request.json(
                                    "POST",
                                    ORGS,
                                    Fixtures.foundBody(
                                            Fixtures.code("NEW"),
                                            "Chi bộ Mới",
                                            "SUBORDINATE_CELL",
                                            tree.committee(),
                                            "2021-01-01"))),
                    entry(
                            "POST /api/v1/organizations/batch",
                            tree -> Request.json(
                                    "POST",
                                    ORGS + "/batch",
                                    "{\"items\": ["
                                            + Fixtures.foundBody(
                                                    Fixtures.code("LOT"),
                                                    "Chi bộ Lô",
                                                    "SUBORDINATE_CELL",
                                                    tree.committee(),
                                                    "2021-01-01")
                                            + "]}")),
                    entry(
                            "POST /api/v1/organizations/transfers-in",
                            tree -> Request.json("POST", ORGS + "/transfers-in", """
                    {"organization": {"code": "%s", "name": "Chi bộ Nhận về", "type": "SUBORDINATE_CELL", "parentId": "%s"},
                     "origin": "Đảng bộ Khối Cơ quan tỉnh (cũ)", "decision": %s}""".formatted(
                                            Fixtures.code("IN"), tree.committee(), DECISION))),
                    entry(
                            "PATCH /api/v1/organizations/{id}",
                            tree -> Request.json("PATCH", ORGS + "/" + tree.cell(), "{\"name\": \"Chi bộ Đổi tên\"}")),
                    entry(
                            "POST /api/v1/organizations/{id}/transfers",
                            tree -> Request.json(
                                    "POST",
                                    ORGS + "/" + tree.cell() + "/transfers",
                                    "{\"newParentId\": \"" + tree.elsewhere() + "\", \"decision\": " + DECISION + "}")),
                    entry(
                            "POST /api/v1/organizations/{id}/transfers-out",
                            tree -> Request.json(
                                    "POST",
                                    ORGS + "/" + tree.cell() + "/transfers-out",
                                    "{\"destination\": \"Đảng bộ Công an tỉnh\", \"decision\": " + DECISION + "}")),
                    entry(
                            "POST /api/v1/organizations/{id}/splits",
                            tree -> Request.json("POST", ORGS + "/" + tree.cell() + "/splits", """
                    {"into": [{"code": "%s", "name": "Chi bộ Tách 1"}, {"code": "%s", "name": "Chi bộ Tách 2"}],
                     "decision": %s}""".formatted(
                                            Fixtures.code("SPA"), Fixtures.code("SPB"), DECISION))),
                    entry(
                            "POST /api/v1/organizations/merges",
                            tree -> Request.json(
                                    "POST",
                                    ORGS + "/merges",
                                    "{\"sourceIds\": [\"" + tree.cell() + "\"], \"targetId\": \"" + tree.sibling()
                                            + "\", \"decision\": " + DECISION + "}")),
                    entry(
                            "POST /api/v1/organizations/{id}/dissolutions",
                            tree -> Request.json(
                                    "POST",
                                    ORGS + "/" + tree.cell() + "/dissolutions",
                                    "{\"decision\": " + DECISION + "}")),
                    entry(
                            "POST /api/v1/organizations/{id}/terms",
                            tree -> Request.json(
                                    "POST",
                                    ORGS + "/" + tree.cell() + "/terms",
                                    "{\"startYear\": 2025, \"endYear\": 2030}")),
                    entry(
                            "PATCH /api/v1/organizations/{id}/terms/{termId}",
                            tree -> Request.json(
                                    "PATCH",
                                    ORGS + "/" + tree.cell() + "/terms/" + openTerm(tree.cell()),
                                    "{\"decisionNumber\": \"211-QĐ/ĐUK\"}")),
                    entry(
                            "PUT /api/v1/organizations/{id}/meetings/{month}",
                            tree -> Request.json(
                                    "PUT", ORGS + "/" + tree.cell() + "/meetings/2024-02", "{\"meetings\": []}")),
                    entry(
                            "PUT /api/v1/organizations/{id}/meetings",
                            tree -> Request.json(
                                    "PUT",
                                    ORGS + "/" + tree.cell() + "/meetings",
                                    "{\"months\": [{\"month\": \"2024-02\", \"meetings\": []}]}"))));

    private WriteRequests() {}

    /** Records, as an admin, that the organization did not meet in the month; returns the month. */
    static String recordMonth(UUID organization, String month) {
        given().auth()
                .oauth2(Fixtures.admin())
                .contentType("application/json")
                .body("{\"meetings\": []}")
                .put(ORGS + "/" + organization + "/meetings/" + month)
                .then()
                .statusCode(201);
        return month;
    }

    /** Opens a term (2020–2025) as an admin; returns its id. */
    static String openTerm(UUID organization) {
        return given().auth()
                .oauth2(Fixtures.admin())
                .contentType("application/json")
                .body("{\"startYear\": 2020, \"endYear\": 2025}")
                .post(ORGS + "/" + organization + "/terms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
