package vn.partybloc.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A committee position's state as every position event carries it ({@code PositionData} in member-service).
 *
 * @param newToCommittee only a {@code CommitteePositionStarted} event says so; it is not part of the replica
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
        long version) {

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
                data.version());
    }
}
