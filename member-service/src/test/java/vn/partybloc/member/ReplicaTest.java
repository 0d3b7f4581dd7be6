package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.EventFeed;

@QuarkusTest
class ReplicaTest {

    @Test
    void theReplicaFollowsMovesAndIgnoresDuplicatesAndOlderVersions() throws Exception {
        OrganizationFeed.Org from = OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_COMMITTEE");
        OrganizationFeed.Org to = OrganizationFeed.child(OrganizationFeed.bloc(), "GRASSROOTS_COMMITTEE");
        OrganizationFeed.Org cell = OrganizationFeed.child(from, "SUBORDINATE_CELL");
        List<UUID> moved = List.of(OrganizationFeed.bloc().id(), to.id(), cell.id());
        String newest = OrganizationFeed.event(
                "OrganizationMoved", cell.id(), "SC-R", "SUBORDINATE_CELL", to.id(), moved, "ACTIVE", 2);
        String movedId = OrganizationFeed.send("OrganizationMoved", cell.id(), newest);
        OrganizationFeed.awaitReplica(cell.id(), "ACTIVE", 2);
        String path = "/" + String.join("/", moved.stream().map(UUID::toString).toList()) + "/";
        assertEquals(path, ReplicaProbe.path(cell.id()));

        // After the newest: its redelivery, an event of the same version and one of an older version, the last two
        // with their own place and status, so that applying either would show.
        EventFeed.send("party.organizations.v1", "OrganizationMoved", cell.id(), newest, movedId);
        String sameVersion = OrganizationFeed.send(
                "OrganizationUpdated",
                cell.id(),
                OrganizationFeed.event(
                        "OrganizationUpdated",
                        cell.id(),
                        "SC-SAME",
                        "SUBORDINATE_CELL",
                        from.id(),
                        cell.path(),
                        "DISSOLVED",
                        2));
        String older = OrganizationFeed.send(
                "OrganizationUpdated",
                cell.id(),
                OrganizationFeed.event(
                        "OrganizationUpdated",
                        cell.id(),
                        "SC-OLD",
                        "SUBORDINATE_CELL",
                        from.id(),
                        cell.path(),
                        "DISSOLVED",
                        1));
        EventFeed.awaitConsumed(List.of(movedId, sameVersion, older));

        assertEquals("ACTIVE@2", ReplicaProbe.status(cell.id()));
        assertEquals(path, ReplicaProbe.path(cell.id()));
    }
}
