package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.EventFeed;

/**
 * The members replica converges on member-service's newest state whatever the order and number of deliveries: each
 * member is one row guarded by its version, and every count is a query over the rows.
 */
@QuarkusTest
class MemberReplicaTest {

    private static final String ORGS = "/api/v1/organizations/";

    @Test
    void theNewestVersionStandsUnderRedeliveryAndLateOlderEvents() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Văn hóa");
        UUID from = Fixtures.cell(committee, "Chi bộ Phòng Di sản");
        UUID to = Fixtures.cell(committee, "Chi bộ Phòng Nghệ thuật");
        UUID member = UUID.randomUUID();
        Members.apply("MemberAdmitted", member, from, "FULL", "ACTIVE", 0);
        String moved = Members.send("MemberMoved", member, to, "FULL", "ACTIVE", 2);
        EventFeed.awaitConsumed(List.of(moved));

        // After the newest: its redelivery (same ce_id), an event of the same version and one of an older version,
        // both with values of their own, so that applying either would show.
        EventFeed.send(
                Members.TOPIC,
                "MemberMoved",
                member,
                Members.data("MemberMoved", member, to, "FULL", "ACTIVE", 2),
                moved);
        String sameVersion = Members.send("MemberUpdated", member, from, "PROBATIONARY", "ACTIVE", 2);
        String older = Members.send("MemberRecognisedFull", member, from, "FULL", "STRUCK_OFF", 1);
        EventFeed.awaitConsumed(List.of(sameVersion, older));

        assertEquals("ACTIVE FULL 2 " + to, Members.replicated(member));
        assertFullMembers(to, 1);
        assertFullMembers(from, 0);
    }

    @Test
    void eventsArrivingOutOfOrderEndInTheNewestState() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Du lịch");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Lữ hành");
        UUID member = UUID.randomUUID();
        // The member's departure (version 3) arrives before their admission (0) and recognition (1).
        Members.apply("MemberTransferredOut", member, cell, "FULL", "TRANSFERRED_OUT", 3);
        Members.apply("MemberAdmitted", member, cell, "PROBATIONARY", "ACTIVE", 0);
        Members.apply("MemberRecognisedFull", member, cell, "FULL", "ACTIVE", 1);

        assertEquals("TRANSFERRED_OUT FULL 3 " + cell, Members.replicated(member));
        assertFullMembers(cell, 0);
    }

    /** What a user sees of the replica: rule 1's warning on the cell counts its full members on the register. */
    private static void assertFullMembers(UUID cell, int fullMembers) {
        given().auth()
                .oauth2(admin())
                .get(ORGS + cell)
                .then()
                .statusCode(200)
                .body("warnings.find { it.rule == 'ORG-CELL-FULL-MEMBERS' }.count", equalTo(fullMembers));
    }
}
