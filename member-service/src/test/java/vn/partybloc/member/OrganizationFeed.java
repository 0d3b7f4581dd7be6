package vn.partybloc.member;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.Tokens;

/**
 * Publishes organization events to the real broker as organization-service does, built from its documented examples
 * (docs/events/organization), and waits until member-service's replica has them.
 */
final class OrganizationFeed {

    static String admin() {
        return Tokens.as("admin");
    }

    private static UUID bloc;

    private OrganizationFeed() {}

    record Org(UUID id, List<UUID> path, String type) {}

    static synchronized Org bloc() {
        if (bloc == null) {
            bloc = UUID.randomUUID();
            publish("OrganizationFounded", bloc, "BLOC", "BLOC_COMMITTEE", null, List.of(bloc), "ACTIVE", 0);
        }
        return new Org(bloc, List.of(bloc), "BLOC_COMMITTEE");
    }

    static Org child(Org parent, String type) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        publish(
                "OrganizationFounded",
                id,
                type.substring(0, 2) + id.toString().substring(0, 6),
                type,
                parent.id(),
                path,
                "ACTIVE",
                0);
        return new Org(id, path, type);
    }

    /** Sends one organization event; returns once the replica reflects it. */
    static void publish(
            String type,
            UUID id,
            String code,
            String orgType,
            UUID parent,
            List<UUID> path,
            String status,
            long version) {
        send(type, id, event(type, id, code, orgType, parent, path, status, version));
        awaitReplica(id, status, version);
    }

    /** Organization-service's data of {@code type}, from its documented example. */
    static String event(
            String type,
            UUID id,
            String code,
            String orgType,
            UUID parent,
            List<UUID> path,
            String status,
            long version) {
        return DocumentedEvent.organization(type, id, code, orgType, parent, path, status, version)
                .json();
    }

    /** Sends one event and returns its {@code ce_id}. */
    static String send(String type, UUID subject, String data) {
        return EventFeed.send("party.organizations.v1", type, subject, data);
    }

    static void awaitReplica(UUID id, String status, long version) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> ReplicaProbe.status(id).equals(status + "@" + version));
    }
}
