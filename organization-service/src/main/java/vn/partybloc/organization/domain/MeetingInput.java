package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One meeting as a secretary records it. Records only, so that {@link #toString()} of a month's list is a canonical
 * form of what was recorded (the month's content hash).
 */
public record MeetingInput(
        LocalDate heldOn,
        MeetingKind kind,
        MeetingFormat format,
        String topic,
        List<Agenda> agenda,
        UUID chairMemberId,
        UUID meetingSecretaryMemberId,
        String minutesReference,
        List<String> resolutions,
        MeetingQuality quality,
        List<Attendee> attendance,
        List<Visitor> guests,
        List<UUID> superiorAttendeeIds) {

    public record Agenda(AgendaCategory category, String title) {}

    public record Attendee(UUID memberId, AttendanceStatus status, String reason) {}

    public record Visitor(String name, String role) {}

    public MeetingInput {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        guests = guests == null ? List.of() : List.copyOf(guests);
        superiorAttendeeIds = superiorAttendeeIds == null ? List.of() : List.copyOf(superiorAttendeeIds);
    }
}
