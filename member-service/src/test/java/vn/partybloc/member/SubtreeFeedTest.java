package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

/**
 * Issue 19: an HR system that follows one committee's subtree hears of a member who leaves it. A member moved from a
 * cell of one committee to a cell of another is in both committees' feeds; what happens to them afterwards is only in
 * the new one's.
 */
@QuarkusTest
class SubtreeFeedTest {

    private static final String FEED = "/api/v1/changes/members";

    @Test
    void aMemberMovedToAnotherCommitteeIsInBothSubtreesFeedsThenOnlyInTheNewOnes() {
        Organization from = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization fromCell = Organization.child(from, "SUBORDINATE_CELL");
        Organization to = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization toCell = Organization.child(to, "SUBORDINATE_CELL");
        UUID member = Members.admit("Ngô Văn Chuyển", fromCell.id(), true);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"toOrganizationId\":\"" + toCell.id() + "\",\"date\":\"2024-03-01\"}")
                .post("/api/v1/members/" + member + "/moves")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", Members.etag(member))
                .body("{\"kind\":\"DIED\",\"date\":\"2024-06-02\"}")
                .post("/api/v1/members/" + member + "/departures")
                .then()
                .statusCode(200);

        assertEquals(List.of("MemberAdmitted", "MemberMoved"), types(from.id(), member));
        assertEquals(List.of("MemberAdmitted", "MemberMoved"), types(fromCell.id(), member));
        assertEquals(List.of("MemberMoved", "MemberDied"), types(to.id(), member));
        assertEquals(
                List.of("MemberAdmitted", "MemberMoved", "MemberDied"),
                types(Organization.bloc().id(), member),
                "the Bloc's subtree holds everything about its organizations");
    }

    /** The types of the events about {@code member} in the subtree's feed, read to its end. */
    private static List<String> types(UUID subtree, UUID member) {
        List<String> types =
                ExportClient.feedAfter(
                                FEED, "0", Tokens.as("integration"), Map.of("organizationId", subtree.toString()))
                        .stream()
                        .filter(event -> member.toString().equals(event.get("subject")))
                        .map(event -> (String) event.get("type"))
                        .toList();
        assertFalse(types.isEmpty());
        return types;
    }
}
