package vn.partybloc.organization.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.AgendaCategory;
import vn.partybloc.organization.domain.AttendanceStatus;
import vn.partybloc.organization.domain.Meeting;
import vn.partybloc.organization.domain.MeetingFormat;
import vn.partybloc.organization.domain.MeetingKind;
import vn.partybloc.organization.domain.MeetingQuality;

@Schema(name = "Meeting", description = "A recorded meeting with its attendance.")
public record MeetingResponse(
        @Schema(description = "Id; a month recorded again with changes gives its meetings new ids.")
        UUID id,

        @Schema(description = "The organization that met.") UUID organizationId,
        @Schema(description = "The day it was held.") LocalDate heldOn,
        @Schema(description = "Kind.") MeetingKind kind,
        @Schema(description = "Format.") MeetingFormat format,
        @Schema(description = "Topic.") String topic,
        @Schema(description = "Agenda items, in order.") List<AgendaItem> agenda,

        @Schema(description = "Who chaired it.", nullable = true)
        UUID chairMemberId,

        @Schema(description = "Who kept the minutes.", nullable = true)
        UUID meetingSecretaryMemberId,

        @Schema(description = "Reference of the minutes.", nullable = true)
        String minutesReference,

        @Schema(description = "Resolutions adopted.") List<String> resolutions,

        @Schema(description = "The cell's assessment, where recorded.", nullable = true)
        MeetingQuality quality,

        @Schema(description = "Members of the cell as recorded.")
        List<AttendanceLine> attendance,

        @Schema(description = "Guests.") List<GuestLine> guests,

        @Schema(description = "Members of a superior committee who attended.")
        List<SuperiorAttendee> superiorAttendees) {

    @Schema(name = "MeetingAgendaItem", description = "An agenda item.")
    public record AgendaItem(AgendaCategory category, String title) {}

    @Schema(name = "MeetingAttendance", description = "A member at the meeting.")
    public record AttendanceLine(
            UUID memberId,
            AttendanceStatus status,

            @Schema(description = "Why, for an absence with leave.", nullable = true)
            String reason) {}

    @Schema(name = "MeetingGuest", description = "A guest.")
    public record GuestLine(
            String name, @Schema(nullable = true) String role) {}

    @Schema(name = "MeetingSuperiorAttendee", description = "A superior committee member at the meeting.")
    public record SuperiorAttendee(
            UUID memberId,

            @Schema(description = "Whether, on the day, one of their positions had them follow this cell.")
            boolean followsCell) {}

    static MeetingResponse from(Meeting m) {
        return new MeetingResponse(
                m.id,
                m.organizationId,
                m.heldOn,
                m.kind,
                m.format,
                m.topic,
                m.agenda.stream().map(a -> new AgendaItem(a.category, a.title)).toList(),
                m.chairMemberId,
                m.meetingSecretaryMemberId,
                m.minutesReference,
                List.copyOf(m.resolutions),
                m.quality,
                m.attendance.stream()
                        .map(a -> new AttendanceLine(a.memberId, a.status, a.reason))
                        .toList(),
                m.guests.stream().map(g -> new GuestLine(g.name, g.role)).toList(),
                m.superiorAttendance.stream()
                        .map(s -> new SuperiorAttendee(s.memberId, s.followsCell))
                        .toList());
    }
}
