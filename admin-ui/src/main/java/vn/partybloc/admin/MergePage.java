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
 * Sáp nhập: an organization merged into an existing one, found by name as the user types (htmx), by a decision; its
 * active children move under the target, and the target's page follows. Which merges the rules allow is the API's to
 * say, on the form. For admins and organizers.
 */
@Path("/to-chuc/{id}/sap-nhap")
@Produces(MediaType.TEXT_HTML)
public class MergePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(
                SignedIn user,
                Organization organization,
                MergeForm form,
                List<Organization> targets,
                FormProblem problem);

        static native TemplateInstance targets(List<Organization> targets, String chosen);
    }

    private final SignedIn user;

    public MergePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        return Templates.merge(user, organization, MergeForm.blank(), List.of(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") UUID id, @BeanParam MergeForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new StructuralChangesApi(user.api()).mergeOrganizations(form.request(id), form.idempotencyKey),
                target -> "/to-chuc/" + target.getId(),
                problem -> Templates.merge(
                        user,
                        new OrganizationsApi(user.api()).getOrganization(id, null),
                        form,
                        OrganizationChoices.chosen(user.api(), form.targetId()),
                        problem));
    }

    /** The active organizations whose name holds {@code q}, to choose the target from. */
    @GET
    @Path("/to-chuc")
    public TemplateInstance targets(@QueryParam("q") String q, @QueryParam("targetId") String chosen)
            throws ApiException {
        return Templates.targets(OrganizationChoices.named(user.api(), q, null), chosen);
    }
}
