package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;

@QuarkusTest
class ReplicaTest {

    @Test
    void theReplicaFollowsMovesAndIgnoresDuplicatesAndOlderVersions() throws Exception {
        Organization from = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization to = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(from, "SUBORDINATE_CELL");
        List<UUID> moved = List.of(Organization.bloc().id(), to.id(), cell.id());
        DocumentedEvent newest = DocumentedEvent.organization(
                "OrganizationMoved", cell.id(), "SC-R", "SUBORDINATE_CELL", to.id(), moved, "ACTIVE", 2);
        String movedId = Organization.send("OrganizationMoved", cell.id(), newest);
        Organization.awaitReplica(cell.id(), "ACTIVE", 2);
        String path = "/" + String.join("/", moved.stream().map(UUID::toString).toList()) + "/";
        assertEquals(path, ReplicaProbe.path(cell.id()));

        // After the newest: its redelivery, an event of the same version and one of an older version, the last two
        // with their own place and status, so that applying either would show.
        EventFeed.send("party.organizations.v1", "OrganizationMoved", cell.id(), newest.json(), movedId);
        String sameVersion = Organization.send(
                "OrganizationUpdated",
                cell.id(),
                DocumentedEvent.organization(
                        "OrganizationUpdated",
                        cell.id(),
                        "SC-SAME",
                        "SUBORDINATE_CELL",
                        from.id(),
                        cell.path(),
                        "DISSOLVED",
                        2));
        String older = Organization.send(
                "OrganizationUpdated",
                cell.id(),
                DocumentedEvent.organization(
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
