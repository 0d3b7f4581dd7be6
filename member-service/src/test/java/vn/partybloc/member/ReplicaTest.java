package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplicaTest {

    @Test
    void theReplicaFollowsMovesAndIgnoresDuplicatesAndOlderVersions() throws Exception {
        OrganizationFeed.Org from = OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_COMMITTEE");
        OrganizationFeed.Org to = OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_COMMITTEE");
        OrganizationFeed.Org cell = OrganizationFeed.child(from, "SUBORDINATE_CELL");
        List<UUID> moved = List.of(OrganizationFeed.bloc().id(), to.id(), cell.id());
        OrganizationFeed.publish(
                "OrganizationMoved", cell.id(), "SC-R", "SUBORDINATE_CELL", to.id(), moved, "ACTIVE", 2);
        assertEquals(
                "/" + String.join("/", moved.stream().map(UUID::toString).toList()) + "/",
                ReplicaProbe.path(cell.id()));

        // An older event arriving late, then the same event again: neither changes the replica.
        OrganizationFeed.send("OrganizationUpdated", cell.id(), """
                {"organizationId":"%s","code":"SC-OLD","name":"old","type":"SUBORDINATE_CELL","parentId":"%s","path":["%s","%s","%s"],
                 "status":"DISSOLVED","version":1}""".formatted(
                        cell.id(), from.id(), OrganizationFeed.bloc().id(), from.id(), cell.id()));
        OrganizationFeed.publish(
                "OrganizationDissolved", cell.id(), "SC-R", "SUBORDINATE_CELL", to.id(), moved, "DISSOLVED", 3);
        OrganizationFeed.publish(
                "OrganizationDissolved", cell.id(), "SC-R", "SUBORDINATE_CELL", to.id(), moved, "DISSOLVED", 3);
        assertEquals("DISSOLVED@3", ReplicaProbe.status(cell.id()));
        assertEquals(
                "/" + String.join("/", moved.stream().map(UUID::toString).toList()) + "/",
                ReplicaProbe.path(cell.id()));
    }
}
