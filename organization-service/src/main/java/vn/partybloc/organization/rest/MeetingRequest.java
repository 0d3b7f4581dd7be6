package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.AgendaCategory;
import vn.partybloc.organization.domain.AttendanceStatus;
import vn.partybloc.organization.domain.MeetingFormat;
import vn.partybloc.organization.domain.MeetingInput;
import vn.partybloc.organization.domain.MeetingKind;
import vn.partybloc.organization.domain.MeetingQuality;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "MeetingRequest", description = "One meeting of the month.")
public record MeetingRequest(
        @Schema(description = "The day it was held; in the month of the path, not in the future.") @NotNull
        LocalDate heldOn,

        @Schema(description = "REGULAR (at most one a month), THEMATIC or EXTRAORDINARY.") @NotNull
        MeetingKind kind,

        @Schema(description = "In person, online or both.") @NotNull
        MeetingFormat format,

        @Schema(description = "Topic.", maxLength = 500) @NotBlank @Size(max = 500) @PlainText
        String topic,

        @Schema(description = "Agenda items, in order.") @Size(max = 30)
        List<@NotNull @Valid AgendaItemRequest> agenda,

        @Schema(description = "The member who chaired it.") UUID chairMemberId,

        @Schema(description = "The member who kept the minutes.")
        UUID meetingSecretaryMemberId,

        @Schema(description = "Reference of the minutes (biên bản).", maxLength = 200) @Size(max = 200) @PlainText
        String minutesReference,

        @Schema(description = "Resolutions adopted, in order.") @Size(max = 30)
        List<@NotBlank @Size(max = 2000) @PlainText.Multiline String> resolutions,

        @Schema(description = "The cell's own assessment of the meeting, where it records one.")
        MeetingQuality quality,

        @Schema(
                description =
                        "Members of the cell: each at most once. A member left out is \"not recorded\", not absent.")
        @Size(max = 500)
        List<@NotNull @Valid AttendanceRequest> attendance,

        @Schema(description = "Guests who are not party members of the cell or of a superior committee.")
        @Size(max = 50)
        List<@NotNull @Valid GuestRequest> guests,

        @Schema(
                description = "Members of a superior committee who attended; whether each follows this cell is taken "
                        + "from their positions.")
        @Size(max = 50)
        List<@NotNull UUID> superiorAttendeeIds) {

    @Schema(name = "MeetingAgendaItemRequest", description = "An item of the agenda.")
    public record AgendaItemRequest(
            @Schema(description = "Part of the agenda.") @NotNull
            AgendaCategory category,

            @Schema(description = "Title.", maxLength = 500) @NotBlank @Size(max = 500) @PlainText
            String title) {}

    @Schema(name = "MeetingAttendanceRequest", description = "A member of the cell at the meeting.")
    public record AttendanceRequest(
            @Schema(description = "The member.") @NotNull UUID memberId,

            @Schema(description = "Present or absent, with or without leave.") @NotNull
            AttendanceStatus status,

            @Schema(description = "Why, for an absence with leave.", maxLength = 500) @Size(max = 500) @PlainText
            String reason) {}

    @Schema(name = "MeetingGuestRequest", description = "A guest.")
    public record GuestRequest(
            @Schema(description = "Name.", maxLength = 200) @NotBlank @Size(max = 200) @PlainText
            String name,

            @Schema(description = "Role or office.", maxLength = 200) @Size(max = 200) @PlainText
            String role) {}

    MeetingInput input() {
        return new MeetingInput(
                heldOn,
                kind,
                format,
                Text.nfc(topic),
                agenda == null
                        ? null
                        : agenda.stream()
                                .map(a -> new MeetingInput.Agenda(a.category(), Text.nfc(a.title())))
                                .toList(),
                chairMemberId,
                meetingSecretaryMemberId,
                Text.nfc(minutesReference),
                resolutions == null ? null : resolutions.stream().map(Text::nfc).toList(),
                quality,
                attendance == null
                        ? null
                        : attendance.stream()
                                .map(a -> new MeetingInput.Attendee(a.memberId(), a.status(), Text.nfc(a.reason())))
                                .toList(),
                guests == null
                        ? null
                        : guests.stream()
                                .map(g -> new MeetingInput.Visitor(Text.nfc(g.name()), Text.nfc(g.role())))
                                .toList(),
                superiorAttendeeIds);
    }
}
