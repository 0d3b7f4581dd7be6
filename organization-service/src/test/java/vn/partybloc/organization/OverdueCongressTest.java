package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/** Domain rule 8: the organization department follows up congresses that are overdue by their type's cadence. */
@QuarkusTest
class OverdueCongressTest {

    @Test
    void aSubordinateCellIsDueTwiceEveryFiveYearsUntilThePilotAndAGrassrootsCommitteeEveryFiveYears() {
        UUID committee = Fixtures.committee("Đảng bộ Công ty Điện lực");
        UUID early = Fixtures.cell(committee, "Chi bộ Kinh doanh");
        UUID piloted = Fixtures.cell(committee, "Chi bộ Kỹ thuật");
        UUID unrecorded = Fixtures.cell(committee, "Chi bộ Vận hành");
        term(committee, 2020, 2025, "2020-07-15");
        term(early, 2020, 2022, "2020-06-10"); // due 30 months later: 2022-12-10
        term(piloted, 2025, 2030, "2025-08-01"); // the pilot: due 2030-08-01

        report(committee, "2022-12-10").body("overdue.organizationId", not(hasItem(early.toString())));
        report(committee, "2022-12-11")
                .body("overdue.organizationId", contains(early.toString()))
                .body("overdue[0].lastTerm", equalTo("2020–2022"))
                .body("overdue[0].lastCongressOn", equalTo("2020-06-10"))
                .body("overdue[0].dueOn", equalTo("2022-12-10"))
                .body("overdue[0].cadenceMonths", equalTo(30))
                .body("withoutTerm.organizationId", contains(unrecorded.toString()));
        report(committee, "2026-01-01")
                .body("overdue.organizationId", contains(early.toString(), committee.toString()))
                .body("overdue[1].dueOn", equalTo("2025-07-15"))
                .body("overdue[1].cadenceMonths", equalTo(60));
        // 30 months after its 2025 congress, a cell under the pilot is not yet due.
        report(committee, "2028-03-01").body("overdue.organizationId", not(hasItem(piloted.toString())));
    }

    @Test
    void aSecretarySeesTheReportOfTheirOwnSubtreeOnly() {
        UUID mine = Fixtures.committee("Đảng bộ Trường Đại học");
        UUID other = Fixtures.committee("Đảng bộ Bệnh viện");
        String secretary = Tokens.secretaryOf(mine);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/organizations/" + mine + "/overdue-congresses")
                .then()
                .statusCode(200)
                .body("withoutTerm.organizationId", contains(mine.toString()));
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/organizations/" + other + "/overdue-congresses")
                .then()
                .statusCode(404);
    }

    private static void term(UUID organization, int start, int end, String congress) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"startYear\": %d, \"endYear\": %d, \"congressDate\": \"%s\"}".formatted(start, end, congress))
                .post("/api/v1/organizations/" + organization + "/terms")
                .then()
                .statusCode(201);
    }

    private static ValidatableResponse report(UUID organization, String asOf) {
        return given().auth()
                .oauth2(admin())
                .queryParam("asOf", asOf)
                .get("/api/v1/organizations/" + organization + "/overdue-congresses")
                .then()
                .statusCode(200);
    }
}
