package vn.partybloc.organization;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.EventFeed;

/**
 * Committee positions as member-service publishes them on party.positions.v1 (its documented examples, with the
 * values a test needs), sent through the test broker to this service's inbox.
 */
final class Positions {

    static final String TOPIC = "party.positions.v1";

    private Positions() {}

    /** A position's event of {@code type} with the values a test needs; the rest from member-service's example. */
    record Event(
            String type,
            UUID position,
            UUID member,
            UUID organization,
            String startsOn,
            String endsOn,
            List<Map<String, Object>> responsibilities,
            long version) {

        /** Sends it and waits until the inbox has consumed it. */
        void apply() {
            EventFeed.awaitConsumed(List.of(EventFeed.send(TOPIC, type, position, data())));
        }

        /** Its data, from member-service's documented example. */
        String data() {
            DocumentedEvent event = DocumentedEvent.of("member", type)
                    .with("positionId", position)
                    .with("organizationId", organization)
                    .with("endsOn", endsOn)
                    .with("endReason", endsOn == null ? null : "ROTATION")
                    .with("newToCommittee", false)
                    .with("responsibilities", responsibilities)
                    .with("version", version);
            if (member != null) {
                event = event.with("memberId", member);
            }
            if (startsOn != null) {
                event = event.with("startsOn", startsOn);
            }
            return event.json();
        }
    }

    /** A responsibility of following {@code cell} and attending its meetings. */
    static Map<String, Object> follows(UUID responsibility, UUID cell) {
        return Map.of(
                "responsibilityId",
                responsibility,
                "field",
                "Công tác tổ chức",
                "followedOrganizationId",
                cell,
                "attendsMeetings",
                true);
    }
}
