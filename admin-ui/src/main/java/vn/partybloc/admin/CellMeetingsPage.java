package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MeetingsApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Meeting;
import vn.partybloc.client.model.MeetingAttendanceStatus;
import vn.partybloc.client.model.Organization;

/**
 * Các buổi sinh hoạt: one cell's meetings month by month over the period of the subtree's meetings page (the twelve
 * months up to this one unless others are asked for), each with its kind, format, topic, quality and attendance; a
 * month without a meeting is shown as such, for that is what the department follows up.
 */
@Path("/to-chuc/{id}/sinh-hoat/cac-buoi")
@Produces(MediaType.TEXT_HTML)
public class CellMeetingsPage {

    /** A month of the period and the meetings held in it, in date order. */
    public record Month(String month, List<Meeting> meetings) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cellMeetings(
                SignedIn user, Organization organization, MeetingPeriod period, List<Month> months);
    }

    private final SignedIn user;

    public CellMeetingsPage(SignedIn user) {
        this.user = user;
    }

    /** {@code from} and {@code to} as a month field sends them ({@code 2024-01}); the API refuses any other form. */
    @GET
    public TemplateInstance meetings(
            @PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to)
            throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        MeetingPeriod period = MeetingPeriod.of(from, to);
        List<Meeting> meetings = new MeetingsApi(user.api()).listMeetings(id, period.from(), period.to());
        return Templates.cellMeetings(user, organization, period, months(period, meetings));
    }

    /**
     * The same months as a spreadsheet: a row a meeting (the day a day, the attendance as numbers), a month without
     * one a row saying so.
     */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to)
            throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        MeetingPeriod period = MeetingPeriod.of(from, to);
        List<Meeting> meetings = new MeetingsApi(user.api()).listMeetings(id, period.from(), period.to());
        Messages words = user.words();
        Labels labels = user.labels();
        String title = words.meetings_month_by_month(organization.getName()) + " " + Formats.month(period.from())
                + " – " + Formats.month(period.to());
        Spreadsheet sheet = new Spreadsheet(
                title,
                List.of(
                        user.meetingWords().month(),
                        words.held_on(),
                        words.kind_of_meeting(),
                        words.form_of_meeting(),
                        user.meetingWords().topic(),
                        words.quality_of_meeting(),
                        words.present(),
                        words.absent_with_leave(),
                        words.absent_without_leave()));
        for (Month month : months(period, meetings)) {
            if (month.meetings().isEmpty()) {
                sheet.row(Formats.month(month.month()), words.no_meeting_in_month());
            }
            for (Meeting meeting : month.meetings()) {
                sheet.row(
                        Formats.month(month.month()),
                        meeting.getHeldOn(),
                        labels.meeting_kind(meeting.getKind().name()),
                        labels.meeting_format(meeting.getFormat().name()),
                        meeting.getTopic(),
                        meeting.getQuality() == null
                                ? null
                                : labels.meeting_quality(meeting.getQuality().name()),
                        attended(meeting, "PRESENT"),
                        attended(meeting, "ABSENT_WITH_LEAVE"),
                        attended(meeting, "ABSENT_WITHOUT_LEAVE"));
            }
        }
        return sheet.download(
                words.meetings_month_by_month(organization.getName()) + " " + period.from() + " " + period.to());
    }

    /** Every month of the period in order, with its meetings; none when the period is not one. */
    static List<Month> months(MeetingPeriod period, List<Meeting> meetings) {
        Map<String, List<Meeting>> byMonth = meetings.stream()
                .collect(Collectors.groupingBy(
                        meeting -> YearMonth.from(meeting.getHeldOn()).toString()));
        List<Month> months = new ArrayList<>();
        try {
            YearMonth last = YearMonth.parse(period.to());
            for (YearMonth month = YearMonth.parse(period.from()); !month.isAfter(last); month = month.plusMonths(1)) {
                months.add(new Month(month.toString(), byMonth.getOrDefault(month.toString(), List.of())));
            }
        } catch (DateTimeParseException notAMonth) {
            return List.of(); // the API has answered such a period with its 400 problem already
        }
        return months;
    }

    /** How many members were recorded as {@code status} at the meeting. */
    @TemplateExtension
    static long attended(Meeting meeting, String status) {
        return meeting.getAttendance() == null
                ? 0
                : meeting.getAttendance().stream()
                        .filter(line -> line.getStatus() == MeetingAttendanceStatus.fromValue(status))
                        .count();
    }
}
