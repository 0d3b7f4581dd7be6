package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.model.Organization;

/**
 * Điều chuyển: an organization moved with its subtree under another parent in the Bloc, by a decision, the parent
 * found by name as the user types (htmx). The API says whether the type may stand there. For admins and organizers.
 */
@Path("/to-chuc/{id}/dieu-chuyen")
@Produces(MediaType.TEXT_HTML)
public class OrganizationMovePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance move(
                SignedIn user,
                Organization organization,
                OrganizationMoveForm form,
                List<Organization> parents,
                FormProblem problem);

        static native TemplateInstance parents(List<Organization> parents, String chosen);
    }

    private final SignedIn user;

    public OrganizationMovePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        return Templates.move(
                user, organization, OrganizationMoveForm.blank(organization.getVersion()), List.of(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, @BeanParam OrganizationMoveForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new StructuralChangesApi(user.api())
                        .moveOrganization(id, form.request(), form.ifMatch(), form.idempotencyKey),
                moved -> "/to-chuc/" + id,
                problem -> Templates.move(
                        user,
                        new OrganizationsApi(user.api()).getOrganization(id, null),
                        form,
                        OrganizationChoices.chosen(user.api(), form.newParentId()),
                        problem));
    }

    /** The active committees whose name holds {@code q}, to choose the new parent from. */
    @GET
    @Path("/cap-tren")
    public TemplateInstance parents(@QueryParam("q") String q, @QueryParam("newParentId") String chosen)
            throws ApiException {
        return Templates.parents(OrganizationChoices.named(user.api(), q, OrganizationChoices.COMMITTEES), chosen);
    }
}
