package vn.partybloc.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.InspectionPlansApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.InspectionItem;
import vn.partybloc.client.model.InspectionPlan;
import vn.partybloc.client.model.InspectionReportLine;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.PageInspectionPlanResponse;
import vn.partybloc.kernel.BlocZone;

/**
 * Kiểm tra, giám sát as a workbook: the year's report (planned against done, by activity and kind) on one sheet, and
 * every item of every plan of the year on another, a row each with its plan, body, subject by name, period, status
 * and conclusion, days as days.
 */
@Path("/to-chuc/{id}/kiem-tra/bang-tinh")
public class InspectionSpreadsheet {

    private final SignedIn user;

    public InspectionSpreadsheet(SignedIn user) {
        this.user = user;
    }

    @GET
    @Produces(Spreadsheet.XLSX)
    public Response download(@PathParam("id") UUID id, @QueryParam("year") Integer year) throws ApiException {
        int shown = ApiYears.checked(year == null ? BlocZone.today().getYear() : year, user.words());
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        InspectionPlansApi inspections = new InspectionPlansApi(user.api());
        InspectionWords words = user.inspectionWords();
        String title = words.of_year(shown) + " " + organization.getName();
        Spreadsheet workbook = new Spreadsheet(
                words.report(),
                title,
                List.of(
                        words.activity_heading(),
                        words.kind_heading(),
                        words.planned(),
                        words.done(),
                        words.cancelled()));
        for (InspectionReportLine line :
                inspections.getInspectionReport(shown, id).getLines()) {
            workbook.row(
                    words.activity(line.getActivity().name()),
                    words.kind(line.getKind().name()),
                    line.getPlanned(),
                    line.getDone(),
                    line.getCancelled());
        }
        workbook.sheet(
                words.plans(),
                title,
                List.of(
                        words.plan(),
                        words.activity_heading(),
                        words.body_heading(),
                        words.kind_heading(),
                        words.subject(),
                        words.content(),
                        words.planned_from(),
                        words.planned_to(),
                        user.words().status(),
                        words.conclusion(),
                        words.concluded_on()));
        SubjectNames names = new SubjectNames(user.api());
        for (InspectionPlan plan : EveryPage.of(
                page -> inspections.listInspectionPlans(id, page, EveryPage.LARGEST, null, shown),
                PageInspectionPlanResponse::getItems,
                PageInspectionPlanResponse::getTotal)) {
            Part<String> body = names.organization(plan.getBodyOrganizationId());
            for (InspectionItem item : plan.getItems()) {
                workbook.row(
                        plan.getTitle(),
                        words.activity(plan.getActivity().name()),
                        words.body(plan.getBodyKind().name()) + " " + body.valueOrProblem(),
                        words.kind(item.getKind().name()),
                        names.of(item).valueOrProblem(),
                        item.getContent(),
                        item.getPlannedFrom(),
                        item.getPlannedTo(),
                        words.status(item.getStatus().name()),
                        item.getConclusion(),
                        item.getConcludedOn());
            }
        }
        return workbook.download(title);
    }
}
