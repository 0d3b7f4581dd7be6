package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.model.DisciplineReport;
import vn.partybloc.client.model.MemberMovements;
import vn.partybloc.client.model.PeriodReport;
import vn.partybloc.client.model.PeriodReportSections;
import vn.partybloc.client.model.PositionsFilled;
import vn.partybloc.client.model.StructuralChangeCounts;
import vn.partybloc.kernel.BlocZone;

/**
 * Báo cáo định kỳ: the gateway's period report on the user's part of the Bloc, from the first of this year to today
 * unless asked for another period: structural changes by kind with the organizations carried along, committee posts
 * filled by committee kind and position, member movements, discipline; a section a service could not answer says so.
 * The same figures download as a spreadsheet.
 */
@Path("/bao-cao")
@Produces(MediaType.TEXT_HTML)
public class PeriodReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(SignedIn user, LocalDate from, LocalDate to, PeriodReport report);

        static native TemplateInstance summary(LocalDate from, LocalDate to, PeriodReport report);
    }

    private final SignedIn user;

    public PeriodReportPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance get(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to)
            throws ApiException {
        Period period = Period.asked(from, to);
        return Templates.report(user, period.from(), period.to(), report(period));
    }

    /**
     * The report's totals from the first of the year up to {@code to}, for the overview of that day: an htmx fragment
     * the overview asks for once shown, so that the overview's own figures do not wait for the report's four services.
     */
    @GET
    @Path("/tom-tat")
    public TemplateInstance summary(@QueryParam("to") LocalDate to) throws ApiException {
        Period period = Period.asked(null, to);
        return Templates.summary(period.from(), period.to(), report(period));
    }

    /**
     * The report's figures as a spreadsheet: a row a figure, named with its section where a kind's word would be
     * ambiguous (an organization's transfer and a member's are both "Chuyển đi"); a missing section has none.
     */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to)
            throws ApiException {
        Period period = Period.asked(from, to);
        LocalDate first = period.from();
        LocalDate last = period.to();
        PeriodReportSections sections = report(period).getSections();
        Messages words = user.words();
        ReportWords report = user.reportWords();
        DisciplineWords discipline = user.disciplineWords();
        Labels labels = user.labels();
        String title = report.period_report() + " " + Formats.day(first) + " – " + Formats.day(last);
        Spreadsheet sheet = new Spreadsheet(title, List.of(words.figure(), words.value()));
        StructuralChangeCounts changes = sections.getStructuralChanges().getData();
        if (changes != null) {
            changes.getByKind()
                    .forEach((kind, count) ->
                            sheet.row(report.structural_changes() + ": " + labels.change_kind(kind), count));
            changes.getCarriedAlong()
                    .forEach((kind, count) ->
                            sheet.row(report.carried_along() + ": " + labels.change_kind(kind), count));
        }
        PositionsFilled filled = sections.getPositionsFilled().getData();
        if (filled != null) {
            sheet.row(report.positions_filled() + ": " + report.posts(), filled.getTotal());
            sheet.row(report.positions_filled() + ": " + report.people(), filled.getPeople());
            filled.getByCommitteeKind()
                    .forEach((committee, ofKind) -> ofKind.getByPosition()
                            .forEach((position, count) -> sheet.row(
                                    labels.committee_kind(committee) + ": " + labels.position_kind(position), count)));
        }
        MemberMovements movements = sections.getMemberMovements().getData();
        if (movements != null) {
            movements
                    .getByKind()
                    .forEach((kind, count) ->
                            sheet.row(report.member_movements() + ": " + labels.event_kind(kind), count));
            sheet.row(
                    report.transferred_in_with_organization(),
                    movements.getTransferredIn().getWithOrganization());
            sheet.row(
                    report.transferred_in_individually(),
                    movements.getTransferredIn().getIndividually());
            sheet.row(
                    report.transferred_out_with_organization(),
                    movements.getTransferredOut().getWithOrganization());
            sheet.row(
                    report.transferred_out_individually(),
                    movements.getTransferredOut().getIndividually());
            sheet.row(report.moves_within(), movements.getMoves().getWithin());
            sheet.row(report.moves_in(), movements.getMoves().getIn());
            sheet.row(report.moves_out(), movements.getMoves().getOut());
        }
        DisciplineReport cases = sections.getDiscipline().getData();
        if (cases != null) {
            sheet.row(report.cases_opened(), cases.getOpened());
            sheet.row(discipline.cases_decided(), cases.getDecided());
            sheet.row(discipline.cases_open_at_end(), cases.getOpenAtEnd());
            cases.getByForm().forEach((form, count) -> sheet.row(labels.discipline_form(form), count));
            sheet.row(discipline.appeals_lodged(), cases.getAppealsLodged());
        }
        return sheet.download(report.period_report() + " " + first + " " + last);
    }

    private PeriodReport report(Period period) throws ApiException {
        return new ReportsApi(user.api()).getPeriodReport(period.from(), period.to(), null, null);
    }

    /** The period asked for: up to today unless {@code to} is given, from the first of its year unless {@code from} is. */
    private record Period(LocalDate from, LocalDate to) {

        static Period asked(LocalDate from, LocalDate to) {
            LocalDate last = to == null ? BlocZone.today() : to;
            return new Period(from == null ? last.withDayOfYear(1) : from, last);
        }
    }
}
