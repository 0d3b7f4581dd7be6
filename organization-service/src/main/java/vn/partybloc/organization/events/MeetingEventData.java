package vn.partybloc.organization.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import vn.partybloc.organization.domain.Meeting;
import vn.partybloc.organization.domain.MeetingFormat;
import vn.partybloc.organization.domain.MeetingKind;
import vn.partybloc.organization.domain.MeetingMonth;

/**
 * The {@code data} of {@code CellMeetingsRecorded}: the month as now recorded, with ids and counts only (no names,
 * reasons or free text: what travels where, docs/security.md).
 */
public record MeetingEventData(UUID organizationId, YearMonth month, long version, List<Held> meetings) {

    public record Held(
            UUID meetingId,
            LocalDate heldOn,
            MeetingKind kind,
            MeetingFormat format,
            long present,
            long absentWithLeave,
            long absentWithoutLeave,
            List<Superior> superiorAttendees) {}

    public record Superior(UUID memberId, boolean followsCell) {}

    static MeetingEventData of(MeetingMonth month, List<Meeting> meetings) {
        return new MeetingEventData(
                month.organizationId,
                month.yearMonth(),
                month.version,
                meetings.stream()
                        .map(m -> new Held(
                                m.id,
                                m.heldOn,
                                m.kind,
                                m.format,
                                m.present,
                                m.absentWithLeave,
                                m.absentWithoutLeave,
                                m.superiorAttendance.stream()
                                        .map(s -> new Superior(s.memberId, s.followsCell))
                                        .toList()))
                        .toList());
    }
}
