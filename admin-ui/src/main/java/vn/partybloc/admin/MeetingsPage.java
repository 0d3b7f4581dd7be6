package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MeetingsApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.MeetingReport;
import vn.partybloc.client.model.MeetingReportCell;
import vn.partybloc.client.model.Organization;
import vn.partybloc.kernel.BlocZone;

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
                String from,
                String to,
                MeetingReport report,
                List<MeetingReportCell> cells);
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
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        String last = FormFields.blank(to) ? YearMonth.now(BlocZone.ZONE).toString() : to.strip();
        String first = FormFields.blank(from) ? twelveMonthsTo(last) : from.strip();
        MeetingReport report = new MeetingsApi(user.api()).getMeetingReport(id, first, last);
        List<MeetingReportCell> cells =
                report.getCells().stream().sorted(MOST_MISSED_FIRST).toList();
        return Templates.meetings(user, organization, first, last, report, cells);
    }

    /** The first of the twelve months ending with {@code last}, or {@code last} itself when it is not a month. */
    private static String twelveMonthsTo(String last) {
        try {
            return YearMonth.parse(last).minusMonths(11).toString();
        } catch (DateTimeParseException notAMonth) {
            return last; // the API answers it with its 400 problem
        }
    }
}
