package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class MemberResourceTest {

    @Test
    void admittingRecordsTheMemberWithItsHistoryAndWarnsOnAnInconsistentNationalId() {
        Organization cell =
                Organization.child(Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        // Digit 4 = 1 says a woman born in the 1900s, digits 5–6 = 90 say 1990: both disagree with this man of 1985.
        String mismatched = "0871" + "90" + String.format("%06d", System.nanoTime() % 1_000_000);
        String location = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Nguyễn Văn An", cell.id(), mismatched, false))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .body("membershipKind", equalTo("PROBATIONARY"))
                .body("status", equalTo("ACTIVE"))
                .body("nationalId", equalTo(mismatched))
                .body("warnings.size()", equalTo(2))
                .header("ETag", notNullValue())
                .extract()
                .header("Location");
        given().auth()
                .oauth2(admin())
                .get(location + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("ADMITTED"))
                .body("[0].decisionNumber", equalTo("15-QĐ/ĐU"));
    }

    @Test
    void malformedOrDuplicateNationalIdsAreRefused() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Trần Thị Bình", cell.id(), "12345", false))
                .post("/api/v1/members")
                .then()
                .statusCode(422)
                .body("rule", equalTo("MEM-NATIONAL-ID"));
        String id = Members.nationalId();
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Lê Văn Cường", cell.id(), id, false))
                .post("/api/v1/members")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Lê Văn Cường", cell.id(), id, false))
                .post("/api/v1/members")
                .then()
                .statusCode(409);
    }

    @Test
    void membersBelongToActiveCellsOnly() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Phạm Văn Dũng", committee.id(), Members.nationalId(), false))
                .post("/api/v1/members")
                .then()
                .statusCode(422)
                .body("rule", equalTo("MEM-CELL"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Phạm Văn Dũng", UUID.randomUUID(), Members.nationalId(), false))
                .post("/api/v1/members")
                .then()
                .statusCode(404);
    }

    @Test
    void nationalIdIsShownOnlyToRolesClearedForIt() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Hoàng Thị Em", cell.id(), true);
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .body("nationalId", notNullValue());
        for (String role : new String[] {"viewer", "inspector", "integration"}) {
            given().auth()
                    .oauth2(Tokens.as(role))
                    .get("/api/v1/members/" + member)
                    .then()
                    .statusCode(200)
                    .body("$", not(org.hamcrest.Matchers.hasKey("nationalId")));
        }
        given().auth()
                .oauth2(Tokens.secretaryOf(cell.id()))
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .body("nationalId", nullValue());
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", cell.id().toString())
                .get("/api/v1/members")
                .then()
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("nationalId")));
    }

    @Test
    void searchIgnoresAccentsAndFollowsTheSubtree() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cellA = Organization.child(committee, "SUBORDINATE_CELL");
        Organization cellB = Organization.child(committee, "SUBORDINATE_CELL");
        UUID a = Members.admit("Đặng Thị Ánh Nguyệt", cellA.id(), true);
        UUID b = Members.admit("Vũ Đức Thắng", cellB.id(), false);
        given().auth()
                .oauth2(admin())
                .queryParam("q", "dang thi anh nguyet")
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(a.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", committee.id().toString())
                .queryParam("includeDescendants", true)
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(2))
                .body("items.id", hasItems(a.toString(), b.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", committee.id().toString())
                .queryParam("includeDescendants", true)
                .queryParam("kind", "PROBATIONARY")
                .get("/api/v1/members")
                .then()
                .body("items.id", contains(b.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cellA.id().toString())
                .get("/api/v1/members")
                .then()
                .body("items.id", contains(a.toString()));
    }

    /** A name search reads its matches once for its page and its total (MemberRepository.page): both must hold. */
    @Test
    void aNameSearchPagesItsMatchesInOrderWithTheirTotal() {
        Organization cell =
                Organization.child(Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        List<String> names = List.of("Lưu Thị Yến", "Lưu Thị An", "Lưu Thị Hạnh", "Lưu Thị Chi", "Lưu Thị Mai");
        names.forEach(name -> Members.admit(name, cell.id(), true));
        Members.admit("Lưu Văn Thị", cell.id(), true);
        UUID renamed = Members.admit("Trần Văn Bảy", cell.id(), true);
        List<String> descending = List.of("Lưu Thị Yến", "Lưu Thị Mai", "Lưu Thị Hạnh", "Lưu Thị Chi", "Lưu Thị An");
        for (int page = 0; page <= 3; page++) {
            given().auth()
                    .oauth2(admin())
                    .queryParam("organizationId", cell.id().toString())
                    .queryParam("q", "LUU THI")
                    .queryParam("sort", "fullName,desc")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/members")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(5))
                    .body(
                            "items.fullName",
                            equalTo(descending.subList(Math.min(5, 2 * page), Math.min(5, 2 * page + 2))));
        }
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"fullName":"Lưu Thị Bảy","dateOfBirth":"1985-04-12","gender":"MALE"}""")
                .put("/api/v1/members/" + renamed)
                .then()
                .statusCode(200);
        for (String asOf : new String[] {null, "2024-01-01"}) {
            given().auth()
                    .oauth2(admin())
                    .queryParam("organizationId", cell.id().toString())
                    .queryParam("q", "luu thi bay")
                    .queryParams(asOf == null ? Map.of() : Map.of("asOf", asOf))
                    .get("/api/v1/members")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.id", contains(renamed.toString()));
        }
    }

    @Test
    void theLifecycleIsRecordedInOrder() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization from = Organization.child(committee, "SUBORDINATE_CELL");
        Organization to = Organization.child(committee, "SUBORDINATE_CELL");
        UUID member = Members.admit("Bùi Văn Giang", from.id(), false);
        String path = "/api/v1/members/" + member;
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"date\":\"2009-01-01\"}")
                .post(path + "/recognitions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("MEM-ACTIVE"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"date\":\"2011-05-19\",\"decisionNumber\":\"3-QĐ\"}")
                .post(path + "/recognitions")
                .then()
                .statusCode(200)
                .body("membershipKind", equalTo("FULL"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"toOrganizationId\":\"" + to.id() + "\",\"date\":\"2015-03-01\"}")
                .post(path + "/moves")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(to.id().toString()));
        String etag = given().auth().oauth2(admin()).get(path).then().extract().header("ETag");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", "\"999\"")
                .body("{\"kind\":\"DIED\",\"date\":\"2024-02-02\"}")
                .post(path + "/departures")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", etag)
                .body("{\"kind\":\"DIED\",\"date\":\"2024-02-02\"}")
                .post(path + "/departures")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECEASED"));
        given().auth()
                .oauth2(admin())
                .get(path + "/history")
                .then()
                .body("kind", contains("ADMITTED", "RECOGNISED_FULL", "MOVED", "DIED"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"toOrganizationId\":\"" + from.id() + "\",\"date\":\"2024-03-01\"}")
                .post(path + "/moves")
                .then()
                .statusCode(422)
                .body("rule", equalTo("MEM-ACTIVE"));
    }

    @Test
    void aMemberWhoMovesToAnotherCellLeavesTheOldCellsCommitteeAndKeepsTheirSeatAbove() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization from = Organization.child(committee, "SUBORDINATE_CELL");
        Organization to = Organization.child(committee, "SUBORDINATE_CELL");
        UUID member = Members.admit("Lê Thị Hoa", from.id(), true);
        String cellSeat =
                Committees.seat(Committees.committee(from.id(), "CELL_COMMITTEE"), member, "SECRETARY", "2025-08-01");
        String executiveSeat = Committees.seat(
                Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE"), member, "MEMBER", "2025-08-01");

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"toOrganizationId\":\"" + to.id() + "\",\"date\":\"2026-02-01\"}")
                .post("/api/v1/members/" + member + "/moves")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + cellSeat)
                .then()
                .statusCode(200)
                .body("endsOn", equalTo("2026-02-01"))
                .body("endReason", equalTo("REASSIGNMENT"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + executiveSeat)
                .then()
                .statusCode(200)
                .body("endsOn", nullValue());
    }

    @Test
    void aNationalIdRegisteredOutsideWhatTheCallerMaySeeIsNotConfirmed() {
        Organization mine = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization myCell = Organization.child(mine, "SUBORDINATE_CELL");
        Organization elsewhere = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        String id = Members.nationalId();
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Đỗ Văn Khải", elsewhere.id(), id, false))
                .post("/api/v1/members")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(Tokens.secretaryOf(mine.id()))
                .contentType("application/json")
                .body(Members.body("Đỗ Văn Khải", myCell.id(), id, false))
                .post("/api/v1/members")
                .then()
                .statusCode(409)
                .body("detail", equalTo("This person cannot be registered here; ask the organization department"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Đỗ Văn Khải", myCell.id(), id, false))
                .post("/api/v1/members")
                .then()
                .statusCode(409)
                .body("detail", equalTo("A member with this nationalId is already registered"));
    }
}
