package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.web.ProblemType;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

/** {@code POST /committees/{id}/responsibilities/batch}: a committee's division of work at once, all or nothing. */
@QuarkusTest
class ResponsibilityBatchTest {

    private static final String RULE = ProblemType.DOMAIN_RULE.uri().toString();
    private static final String NOT_FOUND = ProblemType.NOT_FOUND.uri().toString();

    private static ValidatableResponse batch(UUID committee, String... items) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json; charset=UTF-8")
                .body("{\"items\":[" + String.join(",", items) + "]}")
                .post("/api/v1/committees/" + committee + "/responsibilities/batch")
                .then();
    }

    private static String item(String position, String field, UUID followed) {
        return "{\"positionId\":\"" + position + "\",\"field\":\"" + field + "\""
                + (followed == null ? "" : ",\"followedOrganizationId\":\"" + followed + "\",\"attendsMeetings\":true")
                + "}";
    }

    private static String etag(String position) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + position)
                .header("ETag");
    }

    private static long assignedEvents(String position) throws SQLException {
        return ImportTest.count("select count(*) from outbox where event_type = 'ResponsibilityAssigned'"
                + " and aggregate_id = '" + position + "'");
    }

    @Test
    void eachSeatGetsOneNewVersionAndOneEventWithAllItsResponsibilities() throws SQLException {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID first = Organization.child(organization, "SUBORDINATE_CELL").id();
        UUID second = Organization.child(organization, "SUBORDINATE_CELL").id();
        UUID executive = Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE");
        String secretary =
                Committees.seat(executive, Members.admit("Lò Văn Phân", first, true), "SECRETARY", "2025-06-20");
        String member = Committees.seat(executive, Members.admit("Lò Thị Công", second, true), "MEMBER", "2025-06-20");
        String secretaryBefore = etag(secretary);

        batch(
                        executive,
                        item(secretary, "Phụ trách chi bộ", first),
                        item(member, "Phụ trách chi bộ", second),
                        item(secretary, "Công tác tổ chức", null))
                .statusCode(201)
                .header("Location", (String) null)
                .body("items.positionId", contains(secretary, member, secretary))
                .body("items.followedOrganizationId", contains(first.toString(), second.toString(), null))
                .body("items.attendsMeetings", contains(true, true, false));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + secretary + "/responsibilities")
                .then()
                .statusCode(200)
                .body("field", contains("Phụ trách chi bộ", "Công tác tổ chức"));
        assertEquals(
                Long.parseLong(secretaryBefore.replaceAll("\\D", "")) + 1,
                Long.parseLong(etag(secretary).replaceAll("\\D", "")),
                "one new version of the seat for its two responsibilities");
        assertEquals(1, assignedEvents(secretary), "one event for the seat's two responsibilities");
        assertEquals(1, assignedEvents(member));
        assertEquals(
                2,
                ImportTest.count("select jsonb_array_length(payload->'responsibilities') from outbox"
                        + " where event_type = 'ResponsibilityAssigned' and aggregate_id = '" + secretary + "'"));
    }

    @Test
    void oneBadItemRefusesTheWholeBatchAndEveryBadItemIsListed() throws SQLException {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(organization, "SUBORDINATE_CELL").id();
        UUID foreignCell = Organization.child(
                        Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                .id();
        UUID executive = Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE");
        UUID inspection = Committees.committee(organization.id(), "INSPECTION_COMMITTEE");
        String held = Committees.seat(executive, Members.admit("Cầm Văn Giữ", cell, true), "MEMBER", "2025-06-20");
        String ended = Committees.seat(executive, Members.admit("Cầm Văn Thôi", cell, true), "MEMBER", "2025-06-20");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"endsOn\":\"2026-01-01\",\"reason\":\"REASSIGNMENT\"}")
                .post("/api/v1/positions/" + ended + "/terminations")
                .then()
                .statusCode(200);
        String elsewhere =
                Committees.seat(inspection, Members.admit("Cầm Văn Khác", cell, true), "MEMBER", "2025-06-20");

        batch(
                        executive,
                        item(held, "Phụ trách chi bộ", cell),
                        item(ended, "Tuyên giáo", null),
                        item(elsewhere, "Kiểm tra", null),
                        item(held, "Phụ trách chi bộ", foreignCell),
                        item(held, "Phụ trách chi bộ", organization.id()),
                        item(held, "Phụ trách chi bộ", UUID.randomUUID()))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("RESP-BATCH"))
                .body("detail", startsWith("5 of 6 items"))
                .body("errors.field", contains("items[1]", "items[2]", "items[3]", "items[4]", "items[5]"))
                .body("errors.type", contains(RULE, NOT_FOUND, RULE, RULE, NOT_FOUND))
                .body(
                        "errors.rule",
                        contains("RESP-POSITION-HELD", null, "RESP-FOLLOWED-CELL", "RESP-FOLLOWED-CELL", null))
                .body("errors[0].message", startsWith("RESP-POSITION-HELD: "))
                .body("errors[1].message", startsWith("NOT_FOUND: "));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + held + "/responsibilities")
                .then()
                .statusCode(200)
                .body("$", empty());
        assertEquals(0, assignedEvents(held), "a refused batch publishes nothing");
    }

    @Test
    @InvalidRequestsOnPurpose
    void anEmptyOrOversizedBatchIsBadInputAndAnUnknownCommitteeIsNotFound() {
        UUID unknown = UUID.randomUUID();
        batch(unknown).statusCode(400);
        String one = item(UUID.randomUUID().toString(), "Kiểm tra", null);
        batch(unknown, java.util.Collections.nCopies(1001, one).toArray(String[]::new))
                .statusCode(400);
        batch(unknown, one).statusCode(404);
    }
}
