package vn.partybloc.organization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.PostgresResource;

/**
 * Members as member-service publishes them on party.members.v1 (its documented MemberData example, with the values a
 * test needs), sent through the test broker to this service's inbox.
 */
final class Members {

    static final String TOPIC = "party.members.v1";

    private Members() {}

    /** Member-service's member data (one shape for every member event), from its documented example. */
    static String data(String type, UUID id, UUID cell, String kind, String status, long version) {
        return DocumentedEvent.of("member", "MemberMoved")
                .publishedAs(type)
                .with("memberId", id)
                .with("fullName", "Đảng viên " + id.toString().substring(0, 8))
                .with("organizationId", cell)
                .with("membershipKind", kind)
                .with("status", status)
                .with("fullMemberSince", "FULL".equals(kind) ? "2011-05-19" : null)
                .with("version", version)
                .with("change.toOrganizationId", cell)
                .json();
    }

    /** Sends one member event and returns its {@code ce_id}; {@link EventFeed#awaitConsumed} waits for it. */
    static String send(String type, UUID id, UUID cell, String kind, String status, long version) {
        return EventFeed.send(TOPIC, type, id, data(type, id, cell, kind, status, version));
    }

    /** Admits {@code count} active members of this kind into the cell and waits until the inbox has them all. */
    static List<UUID> admit(UUID cell, String kind, int count) {
        List<UUID> ids = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            events.add(EventFeed.sendAsync(
                    TOPIC, "MemberAdmitted", id, data("MemberAdmitted", id, cell, kind, "ACTIVE", 0)));
        }
        EventFeed.flush();
        EventFeed.awaitConsumed(events);
        return ids;
    }

    /** Sends one member event and waits until the inbox has consumed it. */
    static void apply(String type, UUID id, UUID cell, String kind, String status, long version) {
        EventFeed.awaitConsumed(List.of(send(type, id, cell, kind, status, version)));
    }

    /** The replica's row of the member: {@code status kind version cell}, or null. */
    static String replicated(UUID id) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(
                        "select status || ' ' || membership_kind || ' ' || version || ' ' || organization_id"
                                + " from members where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
