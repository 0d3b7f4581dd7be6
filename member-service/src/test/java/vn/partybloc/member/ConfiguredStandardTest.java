package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;

/**
 * The committee standard and the age bands are configuration: an operator who sets a stricter standard for
 * secretaries, or other bands, sees the statistics measured by them.
 */
@QuarkusTest
@TestProfile(ConfiguredStandardTest.StricterSecretariesAndOtherBands.class)
class ConfiguredStandardTest {

    /** Test values, not a rule: secretaries need advanced political theory and a master's degree; bands at 35 and 50. */
    public static class StricterSecretariesAndOtherBands implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "partybloc.committee-standard.position.SECRETARY.min-political-theory", "ADVANCED",
                    "partybloc.committee-standard.position.SECRETARY.min-degree", "MASTER",
                    "partybloc.statistics.age-band-limits", "35,50");
        }
    }

    private final Organization bloc = Organization.child(Organization.bloc(), "BLOC_COMMITTEE");

    @Test
    void theStatisticsMeasureTheConfiguredStandardAndBands() {
        Organization committee = Organization.child(bloc, "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(committee, "SUBORDINATE_CELL");
        Organization grassrootsCell = Organization.child(bloc, "GRASSROOTS_CELL");
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE");
        Committees.seat(
                executive,
                Members.admitDetailed(cell.id(), "MALE", "1975-02-01", "MASTER", "ADVANCED", null, null, true),
                "SECRETARY",
                "2025-06-20");
        // A secretary with the default standard's elementary theory but short of the configured one.
        Committees.seat(
                Committees.committee(grassrootsCell.id(), "CELL_COMMITTEE"),
                Members.admitDetailed(
                        grassrootsCell.id(), "FEMALE", "1988-05-05", "MASTER", "INTERMEDIATE", null, null, false),
                "SECRETARY",
                "2025-06-20");
        Committees.seat(
                executive,
                Members.admitDetailed(cell.id(), "MALE", "1995-07-07", "BACHELOR", "ELEMENTARY", null, null, false),
                "MEMBER",
                "2025-06-20");

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", bloc.id().toString())
                .queryParam("asOf", "2025-07-01")
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body("grassrootsCommitteeMembers.total", equalTo(3))
                .body("grassrootsCommitteeMembers.standard.SECRETARY.minPoliticalTheory", equalTo("ADVANCED"))
                .body("grassrootsCommitteeMembers.standard.SECRETARY.minDegree", equalTo("MASTER"))
                .body("grassrootsCommitteeMembers.standard.MEMBER.minDegree", nullValue())
                .body("grassrootsCommitteeMembers.meetingStandard", equalTo(2))
                .body("grassrootsCommitteeMembers.meetingStandardShare", equalTo(66.67f))
                .body("grassrootsCommitteeMembers.byAgeBand.size()", equalTo(3))
                .body("grassrootsCommitteeMembers.byAgeBand.'<35'", equalTo(1))
                .body("grassrootsCommitteeMembers.byAgeBand.'35-49'", equalTo(1))
                .body("grassrootsCommitteeMembers.byAgeBand.'>=50'", equalTo(1));
    }
}
