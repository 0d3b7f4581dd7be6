package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.Tokens;

/** Reads of the register as it stood on a past day: cell, status and kind follow the member's recorded changes. */
@QuarkusTest
class AsOfTest {

    @Test
    void aMemberIsReadAsTheyStoodOnTheDay() {
        Organization bloc = Organization.bloc();
        UUID first = Organization.child(bloc, "GRASSROOTS_CELL").id();
        UUID second = Organization.child(bloc, "GRASSROOTS_CELL").id();
        UUID member = Members.admit("Hà Văn Lịch", first, false);
        String path = "/api/v1/members/" + member;
        post(path + "/recognitions", "{\"date\":\"2011-05-19\"}");
        post(path + "/moves", "{\"toOrganizationId\":\"" + second + "\",\"date\":\"2020-03-01\"}");
        post(path + "/departures", "{\"kind\":\"STRUCK_OFF\",\"date\":\"2023-01-10\"}");

        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2010-05-18")
                .get(path)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2010-06-01")
                .get(path)
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(first.toString()))
                .body("membershipKind", equalTo("PROBATIONARY"))
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2020-03-01")
                .get(path)
                .then()
                .body("organizationId", equalTo(second.toString()))
                .body("membershipKind", equalTo("FULL"));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2023-01-10")
                .get(path)
                .then()
                .body("organizationId", equalTo(second.toString()))
                .body("status", equalTo("STRUCK_OFF"));
        given().auth().oauth2(admin()).get(path).then().body("status", equalTo("STRUCK_OFF"));

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", first.toString())
                .queryParam("asOf", "2015-01-01")
                .get("/api/v1/members")
                .then()
                .body("items.id", contains(member.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", first.toString())
                .get("/api/v1/members")
                .then()
                .body("items", empty());
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", second.toString())
                .queryParam("asOf", "2019-12-31")
                .queryParam("status", "ACTIVE")
                .get("/api/v1/members")
                .then()
                .body("items", empty());
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", second.toString())
                .queryParam("asOf", "2021-01-01")
                .queryParam("status", "ACTIVE")
                .get("/api/v1/members")
                .then()
                .body("items.id", contains(member.toString()));

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", first.toString())
                .queryParam("asOf", "2015-01-01")
                .get("/api/v1/members/statistics")
                .then()
                .body("asOf", equalTo("2015-01-01"))
                .body("members.total", equalTo(1))
                .body("members.byKind.FULL", equalTo(1));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", second.toString())
                .get("/api/v1/members/statistics")
                .then()
                .body("members.byStatus.STRUCK_OFF", equalTo(1));
    }

    @Test
    void statisticsWithoutAnOrganizationCoverTheCallersScopeRoot() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        Members.admit("Đỗ Văn Gốc", cell, true);

        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(Organization.bloc().id().toString()));
        given().auth()
                .oauth2(Tokens.secretaryOf(cell))
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(cell.toString()))
                .body("members.total", equalTo(1));
    }

    @Test
    void committeeMembersAreCountedOnTheDayTheyHeldTheirPosition() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        UUID member = Members.admit("Vương Thị Kỳ", cell, true);
        String committee =
                Committees.committee(cell, "CELL_COMMITTEE", 2020, 2025).toString();
        String position = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"committeeId\":\"" + committee + "\",\"memberId\":\"" + member
                        + "\",\"position\":\"SECRETARY\",\"appointment\":\"ELECTED\",\"startsOn\":\"2020-07-01\"}")
                .post("/api/v1/positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post("/api/v1/positions/" + position + "/terminations", "{\"endsOn\":\"2022-12-31\",\"reason\":\"ROTATION\"}");

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("asOf", "2021-06-30")
                .get("/api/v1/members/statistics")
                .then()
                .body("committeeMembers.total", equalTo(1))
                .body("committeeMembers.byPosition.SECRETARY", equalTo(1))
                .body("committeeMembers.masterShare", equalTo(100.0f));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .get("/api/v1/members/statistics")
                .then()
                .body("committeeMembers.total", equalTo(0));

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("position", "SECRETARY")
                .queryParam("committeeKind", "CELL_COMMITTEE")
                .queryParam("asOf", "2021-06-30")
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items.id", contains(member.toString()));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("position", "SECRETARY")
                .get("/api/v1/members")
                .then()
                .body("items", empty());
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("committeeKind", "EXECUTIVE_COMMITTEE")
                .queryParam("asOf", "2021-06-30")
                .get("/api/v1/members")
                .then()
                .body("items", empty());
    }

    private static void post(String path, String body) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
    }
}
