package vn.partybloc.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.PostgresResource;

/**
 * Publishes organization and member-service events to the real broker as their producers do, built from their
 * documented examples (docs/events/organization, docs/events/member), and waits for the replicas.
 */
final class Feed {

    private static UUID bloc;

    private Feed() {}

    record Org(UUID id, List<UUID> path, String type) {}

    static synchronized Org bloc() {
        if (bloc == null) {
            bloc = UUID.randomUUID();
            awaitRows("organizations", List.of(sendOrganization(bloc, "BLOC_COMMITTEE", null, List.of(bloc), null)));
        }
        return new Org(bloc, List.of(bloc), "BLOC_COMMITTEE");
    }

    static Org child(Org parent, String type) {
        Org org = childWithoutWaiting(parent, type);
        awaitRows("organizations", List.of(org.id()));
        return org;
    }

    /** Sends the founding event; call {@link #awaitRows} for a batch of them. */
    static Org childWithoutWaiting(Org parent, String type) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        String hostUnit =
                type.startsWith("GRASSROOTS") ? "Cơ quan " + id.toString().substring(0, 6) : null;
        sendOrganization(id, type, parent.id(), path, hostUnit);
        return new Org(id, path, type);
    }

    private static UUID sendOrganization(UUID id, String type, UUID parent, List<UUID> path, String hostUnit) {
        String code = type.substring(0, 2) + id.toString().substring(0, 6);
        send(
                "party.organizations.v1",
                "OrganizationFounded",
                id,
                DocumentedEvent.organization("OrganizationFounded", id, code, type, parent, path, "ACTIVE", 0)
                        // Long before any cycle the tests rate (the example's own date is 2023).
                        .with("foundedOn", "2000-01-01")
                        .with("change.effectiveDate", "2000-01-01")
                        .with("hostUnitName", hostUnit)
                        .with("hostUnitKind", hostUnit == null ? null : "AGENCY")
                        .json());
        return id;
    }

    static UUID member(UUID cellId, String name) {
        UUID id = memberWithoutWaiting(cellId, name);
        awaitRows("members", List.of(id));
        return id;
    }

    static UUID memberWithoutWaiting(UUID cellId, String name) {
        UUID id = UUID.randomUUID();
        sendMember("MemberAdmitted", id, name, cellId, "ACTIVE", 0);
        return id;
    }

    static void sendMember(String type, UUID id, String name, UUID cellId, String status, long version) {
        send(
                "party.members.v1",
                type,
                id,
                DocumentedEvent.of("member", "MemberMoved")
                        .publishedAs(type)
                        .with("memberId", id)
                        .with("fullName", name)
                        .with("gender", "FEMALE")
                        .with("organizationId", cellId)
                        .with("status", status)
                        .with("version", version)
                        .with("change.toOrganizationId", cellId)
                        .json());
    }

    static UUID committee(UUID organizationId, String kind, int startYear, int endYear) {
        UUID id = UUID.randomUUID();
        send(
                "party.committees.v1",
                "CommitteeFormed",
                id,
                DocumentedEvent.of("member", "CommitteeFormed")
                        .with("committeeId", id)
                        .with("organizationId", organizationId)
                        .with("kind", kind)
                        .with("termStartYear", startYear)
                        .with("termEndYear", endYear)
                        .json());
        return id;
    }

    static UUID position(
            UUID memberId,
            UUID committeeId,
            UUID organizationId,
            String committeeKind,
            String position,
            String startsOn) {
        UUID id = UUID.randomUUID();
        send(
                "party.positions.v1",
                "CommitteePositionStarted",
                id,
                DocumentedEvent.of("member", "CommitteePositionStarted")
                        .with("positionId", id)
                        .with("memberId", memberId)
                        .with("committeeId", committeeId)
                        .with("organizationId", organizationId)
                        .with("committeeKind", committeeKind)
                        .with("position", position)
                        .with("startsOn", startsOn)
                        .json());
        return id;
    }

    static void send(String topic, String type, UUID subject, String data) {
        sendWithId(topic, type, subject, data);
    }

    /** Sends one event without waiting for the broker and returns its {@code ce_id}. */
    static String sendWithId(String topic, String type, UUID subject, String data) {
        return EventFeed.sendAsync(topic, type, subject, data);
    }

    /** Waits until every id is in the replica table (the producer is flushed first). */
    static void awaitRows(String table, Collection<UUID> ids) {
        EventFeed.flush();
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> count(table, ids) == ids.size());
    }

    static long count(String table, Collection<UUID> ids) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String column(String table, String column, UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
