package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/** The organization department's period report: structural changes of a subtree in a period, each counted once. */
@QuarkusTest
class ChangeCountsTest {

    private static final String ORGS = "/api/v1/organizations/";

    @Test
    void eachChangeOfThePeriodCountsOnceByKindAndTypeWhateverItCarriesAlong() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Nông nghiệp");
        UUID mergedAway = subCommittee(committee, "Đảng bộ bộ phận Chi cục Thủy lợi");
        Fixtures.cell(mergedAway, "Chi bộ Phòng Đê điều");
        UUID mergedInto = subCommittee(committee, "Đảng bộ bộ phận Chi cục Kiểm lâm");
        UUID leaving = subCommittee(committee, "Đảng bộ bộ phận Trung tâm Khuyến nông");
        Fixtures.cell(leaving, "Chi bộ Khuyến nông 1");
        Fixtures.cell(leaving, "Chi bộ Khuyến nông 2");
        UUID leavingAlone = Fixtures.cell(committee, "Chi bộ Văn phòng Sở");
        UUID splitUp = Fixtures.cell(committee, "Chi bộ Thanh tra Sở");
        UUID dissolvedLater = Fixtures.cell(committee, "Chi bộ Ban Quản lý dự án");

        Fixtures.found(Fixtures.code("FC"), "Chi bộ Trạm Giống", "SUBORDINATE_CELL", committee, "2022-02-01");
        post(
                ORGS + "merges",
                "{\"sourceIds\": [\"" + mergedAway + "\"], \"targetId\": \"" + mergedInto + "\", \"decision\": "
                        + Fixtures.decision("2022-03-01") + "}");
        post(ORGS + splitUp + "/splits", """
                {"into": [{"code": "%s", "name": "Chi bộ Thanh tra 1"}, {"code": "%s", "name": "Chi bộ Thanh tra 2"}],
                 "decision": %s}""".formatted(
                        Fixtures.code("SPA"), Fixtures.code("SPB"), Fixtures.decision("2022-05-01")));
        transferOut(leaving, "2022-06-01");
        transferOut(leavingAlone, "2022-07-01");
        post(ORGS + dissolvedLater + "/dissolutions", "{\"decision\": " + Fixtures.decision("2024-01-10") + "}");

        report(committee, "2021-01-01", "2023-06-30")
                .statusCode(200)
                .body("organizationId", equalTo(committee.toString()))
                .body("from", equalTo("2021-01-01"))
                .body("to", equalTo("2023-06-30"))
                .body("total", equalTo(5))
                .body("byKind.FOUND", equalTo(1))
                .body("byKind.MERGE", equalTo(1))
                .body("byKind.SPLIT", equalTo(1))
                .body("byKind.TRANSFER_OUT", equalTo(2))
                .body("byKind.DISSOLVE", equalTo(0))
                .body("byKind.TRANSFER_IN", equalTo(0))
                .body("byKind.MOVE", equalTo(0))
                .body("byKind.containsKey('UPDATE')", equalTo(false))
                .body("byKindAndType.FOUND.SUBORDINATE_CELL", equalTo(1))
                .body("byKindAndType.MERGE.SUB_COMMITTEE", equalTo(1))
                .body("byKindAndType.SPLIT.SUBORDINATE_CELL", equalTo(1))
                .body("byKindAndType.TRANSFER_OUT.SUB_COMMITTEE", equalTo(1))
                .body("byKindAndType.TRANSFER_OUT.SUBORDINATE_CELL", equalTo(1))
                .body("byKindAndType.TRANSFER_OUT.GRASSROOTS_COMMITTEE", equalTo(0))
                .body("carriedAlong.MERGE", equalTo(1))
                .body("carriedAlong.TRANSFER_OUT", equalTo(2))
                .body("carriedAlong.SPLIT", equalTo(0));

        // The period's edges are inclusive: only the transfer out of 2022-06-01 and the lone cell's of 2022-07-01.
        report(committee, "2022-06-01", "2022-07-01")
                .statusCode(200)
                .body("total", equalTo(2))
                .body("byKind.TRANSFER_OUT", equalTo(2));
        report(committee, "2024-01-10", "2024-01-10").body("total", equalTo(1)).body("byKind.DISSOLVE", equalTo(1));
    }

    @Test
    void aSubtreeCountsOnlyItsOwnChangesAndASecretaryOnlyTheirs() {
        UUID mine = Fixtures.committee("Đảng bộ Sở Tư pháp");
        UUID other = Fixtures.committee("Đảng bộ Sở Nội vụ");
        Fixtures.found(Fixtures.code("FC"), "Chi bộ Phòng Công chứng", "SUBORDINATE_CELL", mine, "2022-04-01");
        Fixtures.found(Fixtures.code("FC"), "Chi bộ Phòng Tổ chức", "SUBORDINATE_CELL", other, "2022-04-01");
        Fixtures.found(Fixtures.code("FC"), "Chi bộ Phòng Thi đua", "SUBORDINATE_CELL", other, "2022-04-02");

        report(mine, "2022-01-01", "2022-12-31").body("total", equalTo(1)).body("byKind.FOUND", equalTo(1));
        report(other, "2022-01-01", "2022-12-31").body("total", equalTo(2));

        String secretary = Tokens.secretaryOf(mine);
        report(mine, "2022-01-01", "2022-12-31", secretary).statusCode(200).body("total", equalTo(1));
        report(other, "2022-01-01", "2022-12-31", secretary).statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose
    void aPeriodEndingBeforeItStartsOrWithoutEndsIsRefused() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Y tế");
        report(committee, "2023-06-30", "2021-01-01")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        given().auth()
                .oauth2(admin())
                .queryParam("from", "2021-01-01")
                .get(ORGS + committee + "/change-counts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static UUID subCommittee(UUID parent, String name) {
        return Fixtures.found(Fixtures.code("SUB"), name, "SUB_COMMITTEE", parent, "2020-01-01");
    }

    private static void transferOut(UUID id, String date) {
        post(
                ORGS + id + "/transfers-out",
                "{\"destination\": \"Đảng ủy Khối Doanh nghiệp Trung ương\", \"decision\": " + Fixtures.decision(date)
                        + "}");
    }

    private static void post(String path, String body) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse report(UUID id, String from, String to) {
        return report(id, from, to, admin());
    }

    private static ValidatableResponse report(UUID id, String from, String to, String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from)
                .queryParam("to", to)
                .get(ORGS + id + "/change-counts")
                .then();
    }
}
