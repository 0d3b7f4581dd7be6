package vn.partybloc.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A committee position's state as every position event carries it ({@code PositionData} in member-service).
 *
 * @param newToCommittee only a {@code CommitteePositionStarted} event says so; it is not part of the replica
 * @param responsibilities the fields of work and followed cells assigned to the committee member (ADR 0013); they end
 *     with the position
 */
public record PositionState(
        UUID positionId,
        UUID memberId,
        UUID committeeId,
        UUID organizationId,
        String committeeKind,
        String position,
        LocalDate startsOn,
        LocalDate endsOn,
        String endReason,
        boolean newToCommittee,
        List<Responsibility> responsibilities,
        long version) {

    /** A field of work, with the cell the committee member follows if any (phân công phụ trách). */
    public record Responsibility(
            UUID responsibilityId, String field, UUID followedOrganizationId, boolean attendsMeetings) {}

    public static final String STARTED = "CommitteePositionStarted";
    public static final String ENDED = "CommitteePositionEnded";
    /** The position's state with a new responsibility; the replica takes its version like any position event's. */
    public static final String RESPONSIBILITY_ASSIGNED = "ResponsibilityAssigned";

    public static PositionState from(EventData data) {
        return new PositionState(
                data.requiredUuid("positionId"),
                data.requiredUuid("memberId"),
                data.requiredUuid("committeeId"),
                data.requiredUuid("organizationId"),
                data.requiredText("committeeKind"),
                data.requiredText("position"),
                data.requiredDate("startsOn"),
                data.date("endsOn"),
                data.text("endReason"),
                data.flag("newToCommittee"),
                data.objects("responsibilities").stream()
                        .map(r -> new Responsibility(
                                r.requiredUuid("responsibilityId"),
                                r.requiredText("field"),
                                r.uuid("followedOrganizationId"),
                                r.flag("attendsMeetings")))
                        .toList(),
                data.version());
    }
}
