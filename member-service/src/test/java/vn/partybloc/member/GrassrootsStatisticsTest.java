package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;

/**
 * The grassroots committee members of the statistics (cấp ủy viên cơ sở, the article's 1,017): the executive of a
 * grassroots committee and the cell committee of a grassroots cell only, on the day, with their figures.
 */
@QuarkusTest
class GrassrootsStatisticsTest {

    /** A root of its own, so that no other test's committees are in the figures. */
    private final Organization bloc = Organization.child(Organization.bloc(), "BLOC_COMMITTEE");

    private final Organization grassrootsCommittee = Organization.child(bloc, "GRASSROOTS_COMMITTEE");
    private final Organization subCommittee = Organization.child(grassrootsCommittee, "SUB_COMMITTEE");
    private final Organization subordinateCell = Organization.child(grassrootsCommittee, "SUBORDINATE_CELL");
    private final Organization cellOfSubCommittee = Organization.child(subCommittee, "SUBORDINATE_CELL");
    private final Organization grassrootsCell = Organization.child(bloc, "GRASSROOTS_CELL");

    @Test
    void onlyTheGrassrootsOrganizationsOwnCommitteesCountAndEachPersonOnce() {
        UUID executive = Committees.committee(grassrootsCommittee.id(), "EXECUTIVE_COMMITTEE");
        UUID inspection = Committees.committee(grassrootsCommittee.id(), "INSPECTION_COMMITTEE");
        UUID cellCommittee = Committees.committee(grassrootsCell.id(), "CELL_COMMITTEE");
        UUID secretary = admit(
                subordinateCell,
                "FEMALE",
                "1985-04-12",
                "DOCTOR",
                "ADVANCED",
                "Tiếng Anh B1",
                "Chuyên viên chính",
                true);
        UUID alsoInspectionChair =
                admit(subordinateCell, "MALE", "1992-03-01", "MASTER", null, "tiếng anh  b1", "chuyên viên", false);
        UUID cellSecretary = admit(
                grassrootsCell, "MALE", "1960-09-09", "BACHELOR", "INTERMEDIATE", "Tiếng Anh B1", "Chuyên viên", false);
        Committees.seat(executive, secretary, "SECRETARY", "2025-06-20");
        Committees.seat(executive, alsoInspectionChair, "MEMBER", "2025-06-20");
        Committees.seat(inspection, alsoInspectionChair, "CHAIR", "2025-06-20");
        Committees.seat(cellCommittee, cellSecretary, "SECRETARY", "2025-06-20");
        // Seats that are not grassroots committee seats: inspection only, a sub-committee's, a subordinate cell's, the
        // Bloc's own.
        Committees.seat(inspection, full(subordinateCell), "MEMBER", "2025-06-20");
        Committees.seat(
                Committees.committee(subCommittee.id(), "EXECUTIVE_COMMITTEE"),
                full(cellOfSubCommittee),
                "MEMBER",
                "2025-06-20");
        Committees.seat(
                Committees.committee(subordinateCell.id(), "CELL_COMMITTEE"),
                full(subordinateCell),
                "SECRETARY",
                "2025-06-20");
        Committees.seat(
                Committees.committee(bloc.id(), "EXECUTIVE_COMMITTEE"),
                full(cellOfSubCommittee),
                "MEMBER",
                "2025-06-20");

        statistics("2025-07-01")
                .body("committeeMembers.total", equalTo(7))
                .body("grassrootsCommitteeMembers.total", equalTo(3))
                .body("grassrootsCommitteeMembers.byPosition.SECRETARY", equalTo(2))
                .body("grassrootsCommitteeMembers.byPosition.MEMBER", equalTo(1))
                .body("grassrootsCommitteeMembers.byPosition.CHAIR", equalTo(null))
                .body("grassrootsCommitteeMembers.byDegree.DOCTOR", equalTo(1))
                .body("grassrootsCommitteeMembers.doctorShare", equalTo(33.33f))
                .body("grassrootsCommitteeMembers.masterShare", equalTo(33.33f))
                .body("grassrootsCommitteeMembers.byPoliticalTheory.UNKNOWN", equalTo(1));
    }

    @Test
    void secretariesHeadingTheirUnitTheStandardAgeBandsWomenAndLevels() {
        UUID executive = Committees.committee(grassrootsCommittee.id(), "EXECUTIVE_COMMITTEE");
        UUID cellCommittee = Committees.committee(grassrootsCell.id(), "CELL_COMMITTEE");
        Committees.seat(
                executive,
                admit(subordinateCell, "FEMALE", "1985-04-12", "DOCTOR", "ADVANCED", "Tiếng Anh B1", "CV chính", true),
                "SECRETARY",
                "2025-06-20");
        Committees.seat(
                executive,
                admit(subordinateCell, "MALE", "1992-03-01", "MASTER", null, "TIENG ANH  b1", "Chuyên viên", false),
                "MEMBER",
                "2025-06-20");
        Committees.seat(
                cellCommittee,
                admit(grassrootsCell, "MALE", "1960-09-09", "BACHELOR", "ELEMENTARY", "Tiếng Anh B1", null, false),
                "SECRETARY",
                "2025-06-20");

        statistics("2025-07-01")
                .body("grassrootsCommitteeMembers.secretaries", equalTo(2))
                .body("grassrootsCommitteeMembers.secretariesHeadingHostUnit", equalTo(1))
                .body("grassrootsCommitteeMembers.secretariesHeadingHostUnitShare", equalTo(50.0f))
                .body("grassrootsCommitteeMembers.standard.SECRETARY.minPoliticalTheory", equalTo("ELEMENTARY"))
                // the member without any political theory recorded does not meet the default standard
                .body("grassrootsCommitteeMembers.meetingStandard", equalTo(2))
                .body("grassrootsCommitteeMembers.meetingStandardShare", equalTo(66.67f))
                .body("grassrootsCommitteeMembers.byAgeBand.'<30'", equalTo(0))
                .body("grassrootsCommitteeMembers.byAgeBand.'30-39'", equalTo(1))
                .body("grassrootsCommitteeMembers.byAgeBand.'40-49'", equalTo(1))
                .body("grassrootsCommitteeMembers.byAgeBand.'50-59'", equalTo(0))
                .body("grassrootsCommitteeMembers.byAgeBand.'>=60'", equalTo(1))
                .body("grassrootsCommitteeMembers.women", equalTo(1))
                .body("grassrootsCommitteeMembers.womenShare", equalTo(33.33f))
                .body("grassrootsCommitteeMembers.foreignLanguage.counts.'Tiếng Anh B1'", equalTo(3))
                .body("grassrootsCommitteeMembers.foreignLanguage.shares.'Tiếng Anh B1'", equalTo(100.0f))
                .body("grassrootsCommitteeMembers.stateManagement.counts.'Chuyên viên'", equalTo(1))
                .body("grassrootsCommitteeMembers.stateManagement.counts.UNKNOWN", equalTo(1))
                .body("members.total", equalTo(3))
                .body("members.foreignLanguage.counts.'Tiếng Anh B1'", equalTo(3))
                .body("members.itSkill.counts.UNKNOWN", equalTo(3));
        statistics("2015-01-01")
                .body("grassrootsCommitteeMembers.total", equalTo(0))
                .body("grassrootsCommitteeMembers.meetingStandardShare", equalTo(0.0f));
    }

    @Test
    void aSeatCountsOnTheDaysItIsHeld() {
        UUID earlier = Committees.committee(grassrootsCell.id(), "CELL_COMMITTEE", 2020, 2025);
        UUID formerSecretary = admit(grassrootsCell, "MALE", "1992-01-01", "MASTER", "INTERMEDIATE", null, null, true);
        String seat = Committees.seat(earlier, formerSecretary, "SECRETARY", "2020-07-01");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"endsOn\":\"2022-12-31\",\"reason\":\"ROTATION\"}")
                .post("/api/v1/positions/" + seat + "/terminations")
                .then()
                .statusCode(200);
        Committees.seat(
                Committees.committee(grassrootsCell.id(), "CELL_COMMITTEE"),
                admit(grassrootsCell, "FEMALE", "1970-01-01", "BACHELOR", "ADVANCED", null, null, false),
                "SECRETARY",
                "2025-06-20");

        statistics("2021-06-30")
                .body("grassrootsCommitteeMembers.total", equalTo(1))
                .body("grassrootsCommitteeMembers.secretariesHeadingHostUnitShare", equalTo(100.0f))
                .body("grassrootsCommitteeMembers.byAgeBand.'<30'", equalTo(1))
                .body("grassrootsCommitteeMembers.women", equalTo(0));
        statistics("2023-06-30").body("grassrootsCommitteeMembers.total", equalTo(0));
        statistics("2025-07-01")
                .body("grassrootsCommitteeMembers.total", equalTo(1))
                .body("grassrootsCommitteeMembers.secretariesHeadingHostUnitShare", equalTo(0.0f))
                .body("grassrootsCommitteeMembers.byAgeBand.'50-59'", equalTo(1))
                .body("grassrootsCommitteeMembers.womenShare", equalTo(100.0f));
    }

    private ValidatableResponse statistics(String asOf) {
        return given().auth()
                .oauth2(admin())
                .queryParam("organizationId", bloc.id().toString())
                .queryParam("asOf", asOf)
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200);
    }

    private static UUID full(Organization cell) {
        return Members.admit("Đảng Viên Khác", cell.id(), true);
    }

    private static UUID admit(
            Organization cell,
            String gender,
            String dateOfBirth,
            String degree,
            String politicalTheory,
            String foreignLanguage,
            String stateManagement,
            boolean headsHostUnit) {
        return Members.admitDetailed(
                cell.id(),
                gender,
                dateOfBirth,
                degree,
                politicalTheory,
                foreignLanguage,
                stateManagement,
                headsHostUnit);
    }
}
