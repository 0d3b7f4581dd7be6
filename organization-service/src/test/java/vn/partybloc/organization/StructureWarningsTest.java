package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/**
 * Domain rules 1 and 2 are warnings on the organization and in a subtree's report, from the member counts the replica
 * keeps of member-service's events; an organization with members is not dissolved.
 */
@QuarkusTest
class StructureWarningsTest {

    private static final String ORGS = "/api/v1/organizations/";
    private static final String RULE_1 = "ORG-CELL-FULL-MEMBERS";
    private static final String RULE_2 = "ORG-GRASSROOTS-SIZE";

    @Test
    void aCellWithFewerThanThreeFullMembersIsWarnedAndOneWithThreeIsNot() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Công Thương");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Quản lý Thương mại");
        Members.admit(cell, "FULL", 2);
        // Probationary members, and members no longer on the register, are not full members of the cell.
        Members.admit(cell, "PROBATIONARY", 4);
        UUID gone = UUID.randomUUID();
        Members.apply("MemberDied", gone, cell, "FULL", "DECEASED", 1);

        warnings(cell)
                .body("warnings.rule", contains(RULE_1))
                .body("warnings[0].count", equalTo(2))
                .body("warnings[0].threshold", equalTo(3))
                .body("warnings[0].source", containsString("Điều lệ Đảng"))
                .body("warnings[0].detail", containsString("fewer than the 3"));
        given().auth()
                .oauth2(admin())
                .header("Accept-Language", "vi")
                .get(ORGS + cell)
                .then()
                .body("warnings[0].detail", containsString("đảng viên chính thức"));

        // An exempt member is still on the register: with them the cell has its three full members.
        Members.apply("MemberExempted", UUID.randomUUID(), cell, "FULL", "EXEMPT", 1);
        warnings(cell).body("warnings", empty());
    }

    @Test
    void aGrassrootsCellOfThirtyMembersIsWarnedAndOneOfTwentyNineIsNot() {
        UUID cell = Fixtures.found(
                Fixtures.code("GCL"), "Chi bộ Công ty Cấp nước", "GRASSROOTS_CELL", Fixtures.root(), "2020-01-01");
        Members.admit(cell, "FULL", 20);
        Members.admit(cell, "PROBATIONARY", 9);
        warnings(cell).body("warnings", empty());

        Members.admit(cell, "PROBATIONARY", 1);
        warnings(cell)
                .body("warnings.rule", contains(RULE_2))
                .body("warnings[0].count", equalTo(30))
                .body("warnings[0].threshold", equalTo(30));
    }

    @Test
    void aGrassrootsCommitteeOfFewerThanThirtyMembersInItsSubtreeIsWarnedAndOneOfThirtyIsNot() {
        UUID committee = Fixtures.committee("Đảng bộ Công ty Điện lực");
        UUID sub = Fixtures.found(
                Fixtures.code("SUB"), "Đảng bộ bộ phận Phân xưởng", "SUB_COMMITTEE", committee, "2020-01-01");
        UUID first = Fixtures.cell(committee, "Chi bộ Phòng Kỹ thuật");
        UUID second = Fixtures.cell(sub, "Chi bộ Tổ Vận hành");
        Members.admit(first, "FULL", 15);
        Members.admit(second, "FULL", 14);
        warnings(committee).body("warnings.rule", contains(RULE_2)).body("warnings[0].count", equalTo(29));

        Members.admit(second, "PROBATIONARY", 1);
        warnings(committee).body("warnings", empty());
    }

    @Test
    void theReportListsTheSubtreesWarnedOrganizationsOnlyAndASecretaryOnlyTheirOwn() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Y tế");
        UUID small = Fixtures.cell(committee, "Chi bộ Phòng Dược");
        UUID enough = Fixtures.cell(committee, "Chi bộ Phòng Nghiệp vụ");
        Members.admit(small, "FULL", 1);
        Members.admit(enough, "FULL", 3);
        UUID elsewhere = Fixtures.committee("Đảng bộ Sở Giáo dục");
        UUID elsewhereCell = Fixtures.cell(elsewhere, "Chi bộ Phòng Khảo thí");

        given().auth()
                .oauth2(Tokens.secretaryOf(committee))
                .get(ORGS + committee + "/structure-warnings")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(committee.toString()))
                // The committee itself (4 members, fewer than 30) and its small cell; not the cell of three, nor any
                // organization outside the subtree.
                .body("items.organizationId", contains(committee.toString(), small.toString()))
                .body("items[0].members", equalTo(4))
                .body("items[0].warnings.rule", contains(RULE_2))
                .body("items[1].fullMembers", equalTo(1))
                .body("items[1].parentId", equalTo(committee.toString()))
                .body("items[1].warnings.rule", contains(RULE_1))
                .body("byRule.'" + RULE_1 + "'", equalTo(1))
                .body("byRule.'" + RULE_2 + "'", equalTo(1));
        given().auth()
                .oauth2(Tokens.secretaryOf(committee))
                .get(ORGS + elsewhere + "/structure-warnings")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .get(ORGS + elsewhere + "/structure-warnings")
                .then()
                .statusCode(200)
                .body("items.organizationId", contains(elsewhere.toString(), elsewhereCell.toString()));
    }

    @Test
    void warningsAreOnTheCurrentReadOnly() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Lao động");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Việc làm");
        given().auth().oauth2(admin()).get(ORGS + cell).then().body("warnings.rule", contains(RULE_1));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2021-01-01")
                .get(ORGS + cell)
                .then()
                .statusCode(200)
                .body("warnings", nullValue());
        given().auth()
                .oauth2(admin())
                .get(ORGS + committee + "/children")
                .then()
                .body("[0].warnings", nullValue());
    }

    @Test
    void anOrganizationWithMembersOnTheRegisterIsNotDissolvedUntilTheyHaveMoved() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Tài nguyên");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Đất đai");
        UUID other = Fixtures.cell(committee, "Chi bộ Phòng Môi trường");
        List<UUID> members = Members.admit(cell, "FULL", 2);
        Members.apply("MemberExempted", UUID.randomUUID(), cell, "FULL", "EXEMPT", 1);
        Members.apply("MemberStruckOff", UUID.randomUUID(), cell, "FULL", "STRUCK_OFF", 1);

        dissolve(cell, "2023-01-01")
                .statusCode(422)
                .body("rule", equalTo("ORG-DISSOLVE-MEMBERS"))
                .body("detail", containsString("3 member(s)"));
        given().auth().oauth2(admin()).get(ORGS + cell).then().body("status", equalTo("ACTIVE"));

        for (UUID member : members) {
            Members.apply("MemberMoved", member, other, "FULL", "ACTIVE", 1);
        }
        dissolve(cell, "2023-01-01").statusCode(422).body("detail", containsString("1 member(s)"));
    }

    @Test
    void anOrganizationWhoseMembersHaveAllLeftIsDissolved() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Ngoại vụ");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Lãnh sự");
        UUID member = Members.admit(cell, "FULL", 1).get(0);
        dissolve(cell, "2023-01-01").statusCode(422).body("rule", equalTo("ORG-DISSOLVE-MEMBERS"));

        Members.apply("MemberTransferredOut", member, cell, "FULL", "TRANSFERRED_OUT", 1);
        dissolve(cell, "2023-01-01").statusCode(200).body("status", equalTo("DISSOLVED"));
        // A dissolved organization has no warnings.
        given().auth().oauth2(admin()).get(ORGS + cell).then().body("warnings", empty());
    }

    /** The organization's current read, to check its {@code warnings}. */
    private static ValidatableResponse warnings(UUID id) {
        return given().auth().oauth2(admin()).get(ORGS + id).then().statusCode(200);
    }

    private static ValidatableResponse dissolve(UUID id, String date) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"decision\": " + Fixtures.decision(date) + "}")
                .post(ORGS + id + "/dissolutions")
                .then();
    }
}
