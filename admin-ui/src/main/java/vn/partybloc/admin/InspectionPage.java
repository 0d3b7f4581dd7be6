package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.InspectionPlansApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.InspectionItem;
import vn.partybloc.client.model.InspectionPlan;
import vn.partybloc.client.model.InspectionReport;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.PageInspectionPlanResponse;
import vn.partybloc.kernel.BlocZone;

/**
 * Kiểm tra, giám sát: a year's inspection and supervision in the organization's subtree, its plans carried out against
 * planned by activity and kind (the API's report), and each plan of the year with its items, their subjects by name and
 * their conclusions; an item still planned concluded, for the roles the API lets write (the inspection side and a
 * secretary in their subtree). A year outside the API's 2000–2200 is a 400 page, before anything is asked of it.
 */
@Path("/to-chuc/{id}/kiem-tra")
@Produces(MediaType.TEXT_HTML)
public class InspectionPage {

    static final int PAGE_SIZE = 10;

    /** A plan, its body's name, and its items each with its subject's name. */
    public record Plan(InspectionPlan plan, Part<String> body, List<Item> items) {}

    public record Item(InspectionItem item, Part<String> subject) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inspection(
                SignedIn user,
                Organization organization,
                int year,
                Part<InspectionReport> report,
                Part<List<Plan>> plans,
                String previousPage,
                String nextPage);

        static native TemplateInstance conclude(
                SignedIn user,
                Organization organization,
                InspectionPlan plan,
                Item item,
                InspectionConclusionForm form,
                FormProblem problem);
    }

    private final SignedIn user;

    public InspectionPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance inspection(
            @PathParam("id") UUID id, @QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page)
            throws ApiException {
        int shown = ApiYears.checked(year == null ? BlocZone.today().getYear() : year, user.words());
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        int from = Math.max(page, 0);
        InspectionPlansApi inspections = new InspectionPlansApi(user.api());
        Part<PageInspectionPlanResponse> found =
                Part.of(() -> inspections.listInspectionPlans(id, from, PAGE_SIZE, null, shown));
        SubjectNames names = new SubjectNames(user.api());
        PageLinks links = PageLinks.of(
                "/to-chuc/" + id + "/kiem-tra?year=" + shown + "&page=",
                from,
                PAGE_SIZE,
                found.map(PageInspectionPlanResponse::getTotal).value());
        return Templates.inspection(
                user,
                organization,
                shown,
                Part.of(() -> inspections.getInspectionReport(shown, id)),
                found.map(plans -> plans.getItems().stream()
                        .map(plan -> new Plan(
                                plan,
                                names.organization(plan.getBodyOrganizationId()),
                                plan.getItems().stream()
                                        .map(item -> new Item(item, names.of(item)))
                                        .toList()))
                        .toList()),
                links.previous(),
                links.next());
    }

    @GET
    @Path("/{planId}/{itemId}/ket-luan")
    public TemplateInstance form(
            @PathParam("id") UUID id, @PathParam("planId") UUID planId, @PathParam("itemId") UUID itemId)
            throws ApiException {
        return page(
                id,
                planId,
                itemId,
                InspectionConclusionForm.blank(BlocZone.today().toString()),
                FormProblem.NONE);
    }

    @POST
    @Path("/{planId}/{itemId}/ket-luan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response conclude(
            @PathParam("id") UUID id,
            @PathParam("planId") UUID planId,
            @PathParam("itemId") UUID itemId,
            @BeanParam InspectionConclusionForm form)
            throws ApiException {
        InspectionPlansApi inspections = new InspectionPlansApi(user.api());
        int year = inspections.getInspectionPlan(planId).getYear();
        return FormProblem.sent(
                form,
                () -> inspections.concludeInspectionItem(planId, itemId, form.request(), form.idempotencyKey),
                concluded -> "/to-chuc/" + id + "/kiem-tra?year=" + year,
                problem -> page(id, planId, itemId, form, problem));
    }

    private TemplateInstance page(UUID id, UUID planId, UUID itemId, InspectionConclusionForm form, FormProblem problem)
            throws ApiException {
        InspectionPlansApi inspections = new InspectionPlansApi(user.api());
        InspectionItem item = inspections.getInspectionItem(planId, itemId);
        return Templates.conclude(
                user,
                new OrganizationsApi(user.api()).getOrganization(id, null),
                inspections.getInspectionPlan(planId),
                new Item(item, new SubjectNames(user.api()).of(item)),
                form,
                problem);
    }
}
