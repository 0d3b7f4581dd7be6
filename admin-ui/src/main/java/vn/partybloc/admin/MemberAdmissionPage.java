package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;

/**
 * Kết nạp đảng viên: a member admitted to a cell, or received from outside the Bloc, the cell found by name as the
 * user types (htmx); then the member's page. For admins, organizers and secretaries (of the cell's subtree).
 */
@Path("/dang-vien/ket-nap")
@Produces(MediaType.TEXT_HTML)
public class MemberAdmissionPage {

    private static final List<OrganizationType> CELLS =
            List.of(OrganizationType.GRASSROOTS_CELL, OrganizationType.SUBORDINATE_CELL);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admit(
                SignedIn user,
                MemberAdmissionForm form,
                List<Organization> cells,
                MemberChoices choices,
                FormProblem problem);

        static native TemplateInstance cells(List<Organization> cells, String chosen);
    }

    private final SignedIn user;

    public MemberAdmissionPage(SignedIn user) {
        this.user = user;
    }

    /** The form, blank, or with the cell it was opened from chosen. */
    @GET
    public TemplateInstance form(@QueryParam("organizationId") String organizationId) throws ApiException {
        MemberAdmissionForm form = MemberAdmissionForm.blank(organizationId);
        return page(form, FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@BeanParam MemberAdmissionForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new MembersApi(user.api()).admitMember(form.request(), form.idempotencyKey),
                admitted -> "/dang-vien/" + admitted.getId(),
                problem -> page(form, problem));
    }

    private TemplateInstance page(MemberAdmissionForm form, FormProblem problem) throws ApiException {
        List<Organization> chosen =
                OrganizationChoices.chosen(user.api(), form.request().getOrganizationId());
        return Templates.admit(user, form, chosen, MemberChoices.in(user.labels()), problem);
    }

    /** The active cells whose name holds {@code q}, to choose the member's cell from. */
    @GET
    @Path("/chi-bo")
    public TemplateInstance cells(@QueryParam("q") String q, @QueryParam("organizationId") String chosen)
            throws ApiException {
        return Templates.cells(OrganizationChoices.named(user.api(), q, CELLS), chosen);
    }
}
