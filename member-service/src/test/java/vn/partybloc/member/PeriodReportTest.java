package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/** The organization department's period report, member-service's part: posts filled and member movements. */
@QuarkusTest
class PeriodReportTest {

    private static final String FROM = "2021-01-01";
    private static final String TO = "2023-06-30";

    @Test
    void postsFilledCountTheSeatsStartedInThePeriodByCommitteeKindPositionAndAppointment() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(committee, "SUBORDINATE_CELL");
        UUID first = Members.admit("Nguyễn Văn Một", cell.id(), true);
        UUID second = Members.admit("Trần Thị Hai", cell.id(), true);
        UUID third = Members.admit("Lê Văn Ba", cell.id(), true);
        UUID fourth = Members.admit("Phạm Thị Bốn", cell.id(), true);
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        UUID cellCommittee = Committees.committee(cell.id(), "CELL_COMMITTEE", 2020, 2025);
        UUID inspection = Committees.committee(committee.id(), "INSPECTION_COMMITTEE", 2020, 2025);
        seat(executive, first, "SECRETARY", "ELECTED", "2020-12-31");
        seat(executive, second, "DEPUTY_SECRETARY", "ELECTED", "2021-01-01");
        seat(executive, third, "MEMBER", "APPOINTED", "2022-05-01");
        seat(cellCommittee, fourth, "SECRETARY", "ELECTED", "2022-01-01");
        seat(cellCommittee, second, "DEPUTY_SECRETARY", "ELECTED", "2022-01-01");
        seat(executive, fourth, "MEMBER", "ELECTED", "2023-07-01");
        seat(inspection, third, "CHAIR", "APPOINTED", TO);

        report("/api/v1/positions/report", committee.id(), FROM, TO, admin())
                .statusCode(200)
                .body("organizationId", equalTo(committee.id().toString()))
                .body("total", equalTo(5))
                .body("people", equalTo(3))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.total", equalTo(2))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.people", equalTo(2))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.byPosition.SECRETARY", equalTo(0))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.byPosition.DEPUTY_SECRETARY", equalTo(1))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.byPosition.MEMBER", equalTo(1))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.byAppointment.ELECTED", equalTo(1))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.byAppointment.APPOINTED", equalTo(1))
                .body("byCommitteeKind.CELL_COMMITTEE.total", equalTo(2))
                .body("byCommitteeKind.CELL_COMMITTEE.byPosition.SECRETARY", equalTo(1))
                .body("byCommitteeKind.CELL_COMMITTEE.byPosition.DEPUTY_SECRETARY", equalTo(1))
                .body("byCommitteeKind.CELL_COMMITTEE.byPosition.MEMBER", equalTo(0))
                .body("byCommitteeKind.CELL_COMMITTEE.byAppointment.ELECTED", equalTo(2))
                .body("byCommitteeKind.INSPECTION_COMMITTEE.total", equalTo(1))
                .body("byCommitteeKind.INSPECTION_COMMITTEE.byPosition.CHAIR", equalTo(1))
                .body("byCommitteeKind.INSPECTION_COMMITTEE.byAppointment.APPOINTED", equalTo(1))
                .body("byCommitteeKind.STANDING_COMMITTEE.total", equalTo(0));

        // The cell's subtree holds only its own committee's seats, and its secretary sees nothing above it.
        report("/api/v1/positions/report", cell.id(), FROM, TO, admin())
                .body("total", equalTo(2))
                .body("byCommitteeKind.EXECUTIVE_COMMITTEE.total", equalTo(0));
        String secretary = Tokens.secretaryOf(cell.id());
        report("/api/v1/positions/report", null, FROM, TO, secretary)
                .statusCode(200)
                .body("organizationId", equalTo(cell.id().toString()))
                .body("total", equalTo(2));
        report("/api/v1/positions/report", committee.id(), FROM, TO, secretary).statusCode(404);
    }

    @Test
    void movementsCountEachChangeOnceByKindAndTellWhoWentOrCameWithTheirOrganization() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization a = Organization.child(committee, "SUBORDINATE_CELL");
        Organization b = Organization.child(committee, "SUBORDINATE_CELL");
        Organization leaving = Organization.child(committee, "SUBORDINATE_CELL");
        Organization received = Organization.child(committee, "SUBORDINATE_CELL");
        Organization elsewhere = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID movesWithin = Members.admit("Hoàng Văn Chuyển", a.id(), true);
        UUID movesOut = Members.admit("Vũ Thị Ra", b.id(), true);
        UUID movesIn = Members.admit("Đỗ Văn Vào", elsewhere.id(), true);
        UUID dies = Members.admit("Bùi Văn Mất", a.id(), true);
        UUID leavesAlone = Members.admit("Ngô Thị Đi", a.id(), true);
        Members.admit("Lý Văn Theo", leaving.id(), true);
        Members.admit("Mai Thị Theo", leaving.id(), true);

        admit("Cao Văn Mới", a.id(), "\"admittedOn\":\"2022-02-01\"");
        move(movesWithin, b.id(), "2022-03-01");
        move(movesIn, a.id(), "2022-04-01");
        move(movesOut, elsewhere.id(), "2022-05-01");
        depart(dies, "DIED", "2022-06-01");
        depart(leavesAlone, "TRANSFERRED_OUT", "2022-06-15");
        transferOut(leaving, "2022-07-01");
        String transferIn = "\"entry\":\"TRANSFERRED_IN\",\"receivedOn\":\"2022-08-01\",\"origin\":\"Đảng bộ Khối cũ\","
                + "\"admittedOn\":\"2010-05-19\",\"fullMemberSince\":\"2011-05-19\"";
        admit("Tô Văn Nhận", received.id(), transferIn);
        admit("Tạ Thị Nhận", received.id(), transferIn);
        admit("Lâm Văn Lẻ", a.id(), transferIn);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> report("/api/v1/members/movements", committee.id(), FROM, TO, admin())
                                .extract()
                                .<Integer>path("transferredOut.withOrganization")
                        == 2);

        report("/api/v1/members/movements", committee.id(), FROM, TO, admin())
                .statusCode(200)
                .body("byKind.ADMITTED", equalTo(1))
                .body("byKind.MOVED", equalTo(3))
                .body("byKind.DIED", equalTo(1))
                .body("byKind.TRANSFERRED_OUT", equalTo(3))
                .body("byKind.TRANSFERRED_IN", equalTo(3))
                .body("byKind.STRUCK_OFF", equalTo(0))
                .body("byKind.containsKey('UPDATED')", equalTo(false))
                .body("transferredOut.withOrganization", equalTo(2))
                .body("transferredOut.individually", equalTo(1))
                .body("transferredIn.withOrganization", equalTo(2))
                .body("transferredIn.individually", equalTo(1))
                .body("moves.within", equalTo(1))
                .body("moves.in", equalTo(1))
                .body("moves.out", equalTo(1));

        // Seen from the other side, the two moves across the boundary are reversed; nothing else happened there.
        report("/api/v1/members/movements", elsewhere.id(), FROM, TO, admin())
                .body("byKind.MOVED", equalTo(2))
                .body("moves.in", equalTo(1))
                .body("moves.out", equalTo(1))
                .body("byKind.TRANSFERRED_OUT", equalTo(0));
        // The members admitted in 2010 and the period's edges: only what happened from 2022-06-01 to 2022-06-15.
        report("/api/v1/members/movements", committee.id(), "2022-06-01", "2022-06-15", admin())
                .body("byKind.DIED", equalTo(1))
                .body("byKind.TRANSFERRED_OUT", equalTo(1))
                .body("byKind.MOVED", equalTo(0))
                .body("byKind.ADMITTED", equalTo(0));
        report("/api/v1/members/movements", committee.id(), FROM, TO, Tokens.secretaryOf(elsewhere.id()))
                .statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose
    void aPeriodEndingBeforeItStartsOrWithoutEndsIsRefused() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        for (String path : new String[] {"/api/v1/positions/report", "/api/v1/members/movements"}) {
            report(path, cell.id(), TO, FROM, admin())
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("to"))
                    .body("errors[0].message", equalTo("must not be before from"));
            given().auth()
                    .oauth2(admin())
                    .queryParam("organizationId", cell.id().toString())
                    .queryParam("to", TO)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static ValidatableResponse report(String path, UUID organization, String from, String to, String token) {
        var request = given().auth().oauth2(token).queryParam("from", from).queryParam("to", to);
        if (organization != null) {
            request.queryParam("organizationId", organization.toString());
        }
        return request.get(path).then();
    }

    private static void seat(UUID committee, UUID member, String position, String appointment, String startsOn) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"committeeId\":\"" + committee + "\",\"memberId\":\"" + member + "\",\"position\":\""
                        + position
                        + "\",\"appointment\":\"" + appointment + "\",\"decisionNumber\":\"20-QĐ/ĐUK\",\"startsOn\":\""
                        + startsOn + "\"}")
                .post("/api/v1/positions")
                .then()
                .statusCode(201);
    }

    private static void admit(String name, UUID cell, String entry) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"fullName":"%s","dateOfBirth":"1985-04-12","gender":"MALE","nationalId":"%s",
                         "organizationId":"%s","decisionNumber":"15-QĐ/ĐU",%s}""".formatted(name, Members.nationalId(), cell, entry))
                .post("/api/v1/members")
                .then()
                .statusCode(201);
    }

    private static void move(UUID member, UUID to, String date) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"toOrganizationId\":\"" + to + "\",\"date\":\"" + date + "\"}")
                .post("/api/v1/members/" + member + "/moves")
                .then()
                .statusCode(200);
    }

    private static void depart(UUID member, String kind, String date) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"" + kind + "\",\"date\":\"" + date + "\"}")
                .post("/api/v1/members/" + member + "/departures")
                .then()
                .statusCode(200);
    }

    private static void transferOut(Organization org, String effective) {
        String data = DocumentedEvent.organization(
                        "OrganizationTransferredOut",
                        org.id(),
                        "TO" + org.id().toString().substring(0, 6),
                        org.type(),
                        org.path().get(org.path().size() - 2),
                        org.path(),
                        "TRANSFERRED_OUT",
                        1)
                .with("change.decisionNumber", "311-QĐ/ĐUK")
                .with("change.effectiveDate", effective)
                .json();
        EventFeed.send("party.organizations.v1", "OrganizationTransferredOut", org.id(), data);
    }
}
