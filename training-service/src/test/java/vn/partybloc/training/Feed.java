package vn.partybloc.training;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

/**
 * Publishes organization-, member- and position events to the real broker as organization-service and member-service
 * do, built from their documented examples (docs/events/*), and waits until training-service's replicas have them.
 */
final class Feed {

    static String admin() {
        return Tokens.as("admin");
    }

    static final String ORGANIZATIONS = "party.organizations.v1";
    static final String MEMBERS = "party.members.v1";
    static final String POSITIONS = "party.positions.v1";

    private static UUID bloc;

    private Feed() {}

    record Org(UUID id, List<UUID> path) {}

    static synchronized Org bloc() {
        if (bloc == null) {
            bloc = UUID.randomUUID();
            organization("OrganizationFounded", bloc, "BLOC_COMMITTEE", null, List.of(bloc), "ACTIVE", 0);
        }
        return new Org(bloc, List.of(bloc));
    }

    static Org child(Org parent, String type) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        organization("OrganizationFounded", id, type, parent.id(), path, "ACTIVE", 0);
        return new Org(id, path);
    }

    /** A child founded and then dissolved, as organization-service publishes it, once the replica has it dissolved. */
    static Org dissolvedChild(Org parent, String type) {
        Org org = child(parent, type);
        organization("OrganizationDissolved", org.id(), type, parent.id(), org.path(), "DISSOLVED", 1);
        return org;
    }

    static void organization(
            String type, UUID id, String orgType, UUID parent, List<UUID> path, String status, long version) {
        String code = orgType.substring(0, 2) + id.toString().substring(0, 6);
        send(
                ORGANIZATIONS,
                type,
                id,
                DocumentedEvent.organization(type, id, code, orgType, parent, path, status, version)
                        .json());
        awaitRow("select status || '@' || version from organizations where id = ?", id, status + "@" + version);
    }

    /** A member as member-service's MemberData; returns the member id once the replica has it. */
    static UUID member(String fullName, UUID cell) {
        UUID id = UUID.randomUUID();
        member("MemberAdmitted", id, fullName, cell, "FULL", "ACTIVE", 0);
        return id;
    }

    /** As {@link #member(String, UUID)}, without waiting: {@link #awaitMembers} waits for several at once. */
    static UUID memberWithoutWaiting(String fullName, UUID cell) {
        UUID id = UUID.randomUUID();
        send(MEMBERS, "MemberAdmitted", id, memberData("MemberAdmitted", id, fullName, cell, "FULL", "ACTIVE", 0));
        return id;
    }

    static void awaitMembers(List<UUID> ids) {
        ids.forEach(id -> awaitRow("select status || '@' || version from members where id = ?", id, "ACTIVE@0"));
    }

    static void member(String type, UUID id, String fullName, UUID cell, String kind, String status, long version) {
        send(MEMBERS, type, id, memberData(type, id, fullName, cell, kind, status, version));
        awaitRow("select status || '@' || version from members where id = ?", id, status + "@" + version);
    }

    /** Member-service's member data (one shape for every member event), from its documented example. */
    static String memberData(
            String type, UUID id, String fullName, UUID cell, String kind, String status, long version) {
        return DocumentedEvent.of("member", "MemberMoved")
                .publishedAs(type)
                .with("memberId", id)
                .with("fullName", fullName)
                .with("organizationId", cell)
                .with("membershipKind", kind)
                .with("status", status)
                .with("fullMemberSince", "FULL".equals(kind) ? "2011-05-19" : null)
                .with("version", version)
                .with("change.toOrganizationId", cell)
                .json();
    }

    record Position(
            UUID positionId,
            UUID memberId,
            UUID committeeId,
            UUID organizationId,
            String committeeKind,
            String position,
            String startsOn) {}

    static Position position(UUID member, UUID organization, String committeeKind, String position, String startsOn) {
        return new Position(
                UUID.randomUUID(), member, UUID.randomUUID(), organization, committeeKind, position, startsOn);
    }

    /** CommitteePositionStarted as member-service publishes it; does not wait. */
    static void started(Position p, boolean newToCommittee) {
        send(POSITIONS, "CommitteePositionStarted", p.positionId(), positionData(p, null, null, newToCommittee, 0));
    }

    /** CommitteePositionEnded as member-service publishes it (newToCommittee false); does not wait. */
    static void ended(Position p, String endsOn, String reason) {
        send(POSITIONS, "CommitteePositionEnded", p.positionId(), positionData(p, endsOn, reason, false, 1));
    }

    /** ResponsibilityAssigned as member-service publishes it: the open position at a new version; does not wait. */
    static void responsibilityAssigned(Position p, long version) {
        send(
                POSITIONS,
                "ResponsibilityAssigned",
                p.positionId(),
                positionData("ResponsibilityAssigned", p, null, null, false, version));
    }

    static String positionData(Position p, String endsOn, String reason, boolean newToCommittee, long version) {
        return positionData(
                endsOn == null ? "CommitteePositionStarted" : "CommitteePositionEnded",
                p,
                endsOn,
                reason,
                newToCommittee,
                version);
    }

    private static String positionData(
            String type, Position p, String endsOn, String reason, boolean newToCommittee, long version) {
        return DocumentedEvent.of("member", type)
                .with("positionId", p.positionId())
                .with("memberId", p.memberId())
                .with("committeeId", p.committeeId())
                .with("organizationId", p.organizationId())
                .with("committeeKind", p.committeeKind())
                .with("position", p.position())
                .with("startsOn", p.startsOn())
                .with("endsOn", endsOn)
                .with("endReason", reason)
                .with("newToCommittee", newToCommittee)
                .with("version", version)
                .json();
    }

    static void awaitPosition(UUID positionId, long version) {
        awaitRow("select cast(version as text) from positions where id = ?", positionId, Long.toString(version));
    }

    /** Sends one event and returns its {@code ce_id}. */
    static String send(String topic, String type, UUID subject, String data) {
        return EventFeed.send(topic, type, subject, data);
    }

    /** Waits until the query, given the id, answers {@code expected}. */
    static void awaitRow(String sql, UUID id, String expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> expected.equals(query(sql, id)));
    }

    static String query(String sql, UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
