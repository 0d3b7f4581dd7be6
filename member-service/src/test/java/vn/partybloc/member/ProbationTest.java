package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;

/**
 * The organization department follows up probationary members whose 12-month probation ends soon or has ended with
 * no decision (issue 13). Read on a fixed day with {@code asOf}, so that the test does not depend on today.
 */
@QuarkusTest
class ProbationTest {

    private static final String DAY = "2024-06-30";

    @Test
    void probationaryMembersDueWithinTheDaysOrOverdueAreListedAndNoOneElse() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        UUID overdue = admit("Dự Bị Quá Hạn", cell, "2023-06-15");
        UUID dueSoon = admit("Dự Bị Sắp Hết", cell, "2023-07-20");
        admit("Dự Bị Còn Lâu", cell, "2023-12-01");
        Members.admit("Chính Thức Rồi", cell, true);
        UUID gone = admit("Dự Bị Đã Đi", cell, "2023-06-01");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"STRUCK_OFF\",\"date\":\"2024-01-10\"}")
                .post("/api/v1/members/" + gone + "/departures")
                .then()
                .statusCode(200);

        due(cell, 0).body("items.id", containsInAnyOrder(overdue.toString()));
        due(cell, 30)
                .body("items.id", containsInAnyOrder(overdue.toString(), dueSoon.toString()))
                .body("items.find { it.id == '" + dueSoon + "' }.probationEndsOn", equalTo("2024-07-20"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + overdue)
                .then()
                .body("probationEndsOn", equalTo("2024-06-15"));
    }

    @Test
    @InvalidRequestsOnPurpose // a window of 367 days, beyond the documented maximum, must be answered 400
    void aFullMemberHasNoProbationEndAndTheWindowIsBounded() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        UUID full = Members.admit("Chính Thức Lâu", cell, true);
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + full)
                .then()
                .body("membershipKind", equalTo("FULL"))
                .body("containsKey('probationEndsOn')", equalTo(false));
        given().auth()
                .oauth2(admin())
                .queryParam("probationEndingWithinDays", 367)
                .get("/api/v1/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("probationEndingWithinDays"));
    }

    private static io.restassured.response.ValidatableResponse due(UUID cell, int days) {
        return given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("asOf", DAY)
                .queryParam("probationEndingWithinDays", days)
                .get("/api/v1/members")
                .then()
                .statusCode(200);
    }

    private static UUID admit(String name, UUID cell, String admittedOn) {
        return UUID.fromString(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body(name, cell, Members.nationalId(), false).replace("2010-05-19", admittedOn))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
