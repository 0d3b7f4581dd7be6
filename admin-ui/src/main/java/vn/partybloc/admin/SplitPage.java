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
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.kernel.BlocZone;

/**
 * Chia tách: an organization without active children split into new ones under its parent, by a decision; its active
 * members shared out among them, each into the one chosen for them (the first unless chosen). Then the parent's page,
 * which lists them. For admins and organizers.
 */
@Path("/to-chuc/{id}/chia-tach")
@Produces(MediaType.TEXT_HTML)
public class SplitPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance split(
                SignedIn user, Organization organization, List<Member> members, SplitForm form, FormProblem problem);
    }

    private final SignedIn user;

    public SplitPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        return page(organization, SplitForm.blank(organization.getVersion()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response split(@PathParam("id") UUID id, @BeanParam SplitForm form) throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(user.api());
        return FormProblem.sent(
                form,
                () -> new StructuralChangesApi(user.api())
                        .splitOrganization(id, form.request(), form.ifMatch(), form.idempotencyKey),
                parts -> "/to-chuc/" + parts.get(0).getParentId(),
                problem -> page(organizations.getOrganization(id, null), form, problem));
    }

    /** The form with the organization's active members today, each to be shared into one of the new ones. */
    private TemplateInstance page(Organization organization, SplitForm form, FormProblem problem) throws ApiException {
        List<Member> members = ActiveMembers.in(user.api(), organization.getId(), BlocZone.today());
        return Templates.split(user, organization, members, form, problem);
    }
}
