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
import vn.partybloc.client.model.Organization;

/**
 * Chuyển giao: an organization handed, with its subtree and members, to a superior outside the Bloc, by a decision; they
 * all leave the Bloc. For admins and organizers.
 */
@Path("/to-chuc/{id}/chuyen-giao")
@Produces(MediaType.TEXT_HTML)
public class TransferOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transfer(
                SignedIn user, Organization organization, TransferOutForm form, FormProblem problem);
    }

    private final SignedIn user;

    public TransferOutPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        return Templates.transfer(
                user, organization, TransferOutForm.blank(organization.getVersion()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(@PathParam("id") UUID id, @BeanParam TransferOutForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new StructuralChangesApi(user.api())
                        .transferOrganizationOut(id, form.request(), form.ifMatch(), form.idempotencyKey),
                transferred -> "/to-chuc/" + id,
                problem -> Templates.transfer(
                        user, new OrganizationsApi(user.api()).getOrganization(id, null), form, problem));
    }
}
