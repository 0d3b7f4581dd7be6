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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.model.DissolutionRequest;
import vn.partybloc.client.model.Organization;

/**
 * Giải thể: an organization dissolved by a decision, on a form that shows the API's refusal (an organization with
 * active children, a decision dated wrong) on the form, as entered. For admins and organizers.
 */
@Path("/to-chuc/{id}/giai-the")
@Produces(MediaType.TEXT_HTML)
public class DissolutionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dissolve(
                SignedIn user, Organization organization, OrganizationChangeForm form, FormProblem problem);
    }

    private final SignedIn user;

    public DissolutionPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        return Templates.dissolve(
                user, organization, OrganizationChangeForm.blank(organization.getVersion()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dissolve(@PathParam("id") UUID id, @BeanParam OrganizationChangeForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new StructuralChangesApi(user.api())
                        .dissolveOrganization(
                                id,
                                new DissolutionRequest().decision(form.decision()),
                                form.ifMatch(),
                                form.idempotencyKey),
                dissolved -> "/to-chuc/" + id,
                problem -> Templates.dissolve(
                        user, new OrganizationsApi(user.api()).getOrganization(id, null), form, problem));
    }
}
