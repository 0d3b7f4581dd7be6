package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.web.ProblemType;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/** {@code POST /committees/batch}: many organizations' committees of a term at once, all or nothing. */
@QuarkusTest
class CommitteeBatchTest {

    private static final String RULE = ProblemType.DOMAIN_RULE.uri().toString();
    private static final String CONFLICT = ProblemType.CONFLICT.uri().toString();
    private static final String NOT_FOUND = ProblemType.NOT_FOUND.uri().toString();

    private static ValidatableResponse batch(String token, String... items) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json; charset=UTF-8")
                .body("{\"items\":[" + String.join(",", items) + "]}")
                .post("/api/v1/committees/batch")
                .then();
    }

    private static long formedEvents(UUID organization) throws SQLException {
        return ImportTest.count("select count(*) from outbox where event_type = 'CommitteeFormed'"
                + " and payload->>'organizationId' = '" + organization + "'");
    }

    private static List<String> kinds(UUID organization) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/committees?organizationId=" + organization)
                .then()
                .statusCode(200)
                .extract()
                .path("kind");
    }

    @Test
    void eachItemIsRecordedAsOneFormCommitteeWouldRecordIt() throws SQLException {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(grassroots, "SUBORDINATE_CELL").id();

        List<String> ids = batch(
                        admin(),
                        Committees.body(grassroots.id(), "EXECUTIVE_COMMITTEE"),
                        Committees.body(cell, "CELL_COMMITTEE"),
                        Committees.body(grassroots.id(), "INSPECTION_COMMITTEE"))
                .statusCode(201)
                .header("Location", (String) null)
                .body(
                        "items.organizationId",
                        contains(
                                grassroots.id().toString(),
                                cell.toString(),
                                grassroots.id().toString()))
                .body("items.kind", contains("EXECUTIVE_COMMITTEE", "CELL_COMMITTEE", "INSPECTION_COMMITTEE"))
                .body("items.termStartYear", contains(2025, 2025, 2025))
                .extract()
                .path("items.id");

        given().auth()
                .oauth2(admin())
                .get("/api/v1/committees/" + ids.get(1))
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(cell.toString()))
                .body("termEndYear", equalTo(2030));
        assertEquals(2, formedEvents(grassroots.id()), "one CommitteeFormed per committee");
        assertEquals(1, formedEvents(cell));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Committees.body(cell, "CELL_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(409);
    }

    @Test
    void oneBadItemRefusesTheWholeBatchAndEveryBadItemIsListed() throws SQLException {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        Organization dissolved = Organization.child(grassroots, "SUBORDINATE_CELL");
        Organization.publish(
                "OrganizationDissolved",
                dissolved.id(),
                "SU" + dissolved.id().toString().substring(0, 6),
                "SUBORDINATE_CELL",
                grassroots.id(),
                dissolved.path(),
                "DISSOLVED",
                1);
        UUID before = Committees.committee(grassroots.id(), "INSPECTION_COMMITTEE", 2025, 2030);

        batch(
                        admin(),
                        Committees.body(grassroots.id(), "EXECUTIVE_COMMITTEE"),
                        Committees.body(cell.id(), "EXECUTIVE_COMMITTEE"),
                        Committees.body(dissolved.id(), "CELL_COMMITTEE"),
                        Committees.body(grassroots.id(), "INSPECTION_COMMITTEE"),
                        Committees.body(grassroots.id(), "EXECUTIVE_COMMITTEE"),
                        Committees.body(UUID.randomUUID(), "CELL_COMMITTEE"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("COM-BATCH"))
                .body("detail", startsWith("5 of 6 items"))
                .body("errors.field", contains("items[1]", "items[2]", "items[3]", "items[4]", "items[5]"))
                .body("errors.type", contains(RULE, RULE, CONFLICT, CONFLICT, NOT_FOUND))
                .body("errors.rule", contains("COM-KIND", "COM-KIND", null, null, null))
                .body("errors[0].message", startsWith("COM-KIND: "))
                .body("errors[2].message", startsWith("CONFLICT: "));

        assertEquals(List.of("INSPECTION_COMMITTEE"), kinds(grassroots.id()), "a refused batch records nothing");
        assertEquals(1, formedEvents(grassroots.id()), "and publishes nothing: the one event is the committee before");
        assertEquals(
                before.toString(),
                given().auth()
                        .oauth2(admin())
                        .get("/api/v1/committees?organizationId=" + grassroots.id())
                        .then()
                        .extract()
                        .path("[0].id"));
    }

    @Test
    void aSecretaryFormsCommitteesOnlyInTheirOwnSubtree() {
        Organization mine = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID myCell = Organization.child(mine, "SUBORDINATE_CELL").id();
        UUID otherCell = Organization.child(
                        Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                .id();
        String secretary = Tokens.secretaryOf(mine.id());

        batch(secretary, Committees.body(myCell, "CELL_COMMITTEE"), Committees.body(otherCell, "CELL_COMMITTEE"))
                .statusCode(422)
                .body("errors.field", contains("items[1]"))
                .body("errors[0].type", equalTo(NOT_FOUND));
        assertEquals(List.of(), kinds(myCell));

        batch(secretary, Committees.body(myCell, "CELL_COMMITTEE")).statusCode(201);
        assertEquals(List.of("CELL_COMMITTEE"), kinds(myCell));
    }

    @Test
    @InvalidRequestsOnPurpose
    void anEmptyOversizedOrMalformedBatchIsBadInput() {
        batch(admin()).statusCode(400);
        String one = Committees.body(UUID.randomUUID(), "CELL_COMMITTEE");
        batch(admin(), Collections.nCopies(1001, one).toArray(String[]::new)).statusCode(400);
        batch(admin(), Committees.body(UUID.randomUUID(), "CELL_COMMITTEE", 2030, 2025))
                .statusCode(400)
                .body("errors.field", contains("items[0].ordered"));
    }
}
