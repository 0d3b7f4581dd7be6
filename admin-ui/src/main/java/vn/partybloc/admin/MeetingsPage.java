package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MeetingsApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.MeetingReport;
import vn.partybloc.client.model.MeetingReportCell;
import vn.partybloc.client.model.Organization;

/**
 * Sinh hoạt chi bộ: the cells of an organization's subtree measured against the meeting rules over a period of months,
 * the twelve up to this one unless others are asked for. The cells that missed the most are listed first, so that the
 * page opens on the ones the department has to follow up; then the members absent without leave too often.
 */
@Path("/to-chuc/{id}/sinh-hoat")
@Produces(MediaType.TEXT_HTML)
public class MeetingsPage {

    /** Most months missed first, then most quarters short of a thematic meeting, then the API's order (by name). */
    private static final Comparator<MeetingReportCell> MOST_MISSED_FIRST = Comparator.<MeetingReportCell>comparingInt(
                    cell -> cell.getMonthsWithoutRegularMeeting().size())
            .thenComparingInt(cell -> cell.getQuartersShortOfThematic().size())
            .reversed();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meetings(
                SignedIn user,
                Organization organization,
                MeetingPeriod period,
                MeetingReport report,
                List<MeetingReportCell> cells);
    }

    private record Figures(Organization organization, MeetingPeriod period, MeetingReport report) {

        List<MeetingReportCell> cells() {
            return report.getCells().stream().sorted(MOST_MISSED_FIRST).toList();
        }
    }

    private final SignedIn user;

    public MeetingsPage(SignedIn user) {
        this.user = user;
    }

    /** {@code from} and {@code to} as a month field sends them ({@code 2024-01}); the API refuses any other form. */
    @GET
    public TemplateInstance meetings(
            @PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to)
            throws ApiException {
        Figures figures = figures(id, from, to);
        return Templates.meetings(user, figures.organization(), figures.period(), figures.report(), figures.cells());
    }

    /** The page's cells as a spreadsheet, most missed first: a row a cell, months as officials write them. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to)
            throws ApiException {
        Figures figures = figures(id, from, to);
        Messages words = user.words();
        String name = figures.organization().getName();
        Spreadsheet sheet = new Spreadsheet(
                words.meetings_of(name) + " " + Formats.month(figures.period().from()) + " – "
                        + Formats.month(figures.period().to()),
                List.of(
                        words.cell(),
                        words.code(),
                        words.regular_meetings(),
                        words.thematic_meetings(),
                        words.months_without_regular_meeting(),
                        words.quarters_short_of_thematic(),
                        words.attendance_rate(),
                        words.attended_by_follower()));
        for (MeetingReportCell cell : figures.cells()) {
            sheet.row(
                    cell.getName(),
                    cell.getCode(),
                    cell.getRegularMeetings(),
                    cell.getThematicMeetings(),
                    Formats.months(cell.getMonthsWithoutRegularMeeting()),
                    Formats.joined(cell.getQuartersShortOfThematic()),
                    cell.getAttendance() == null
                            ? null
                            : Spreadsheet.Percent.of(cell.getAttendance().getRate()),
                    cell.getMeetingsAttendedByFollower());
        }
        return sheet.download(words.cell_meetings() + " " + name + " "
                + figures.period().from() + " " + figures.period().to());
    }

    private Figures figures(UUID id, String from, String to) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        MeetingPeriod period = MeetingPeriod.of(from, to);
        return new Figures(
                organization, period, new MeetingsApi(user.api()).getMeetingReport(id, period.from(), period.to()));
    }
}
