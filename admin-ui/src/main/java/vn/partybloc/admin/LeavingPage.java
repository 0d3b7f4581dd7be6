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
 * An organization leaving the Bloc by a decision: handed over (chuyển giao), with its subtree and members, to a superior
 * outside it, or dissolved (giải thể). The API's refusal (an organization with active children, a decision dated
 * wrong) is shown on the form, as entered. For admins and organizers.
 */
@Path("/to-chuc/{id}/{step: chuyen-giao|giai-the}")
@Produces(MediaType.TEXT_HTML)
public class LeavingPage {

    static final String TRANSFER_OUT = "chuyen-giao";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leave(
                SignedIn user,
                Organization organization,
                String step,
                String action,
                LeavingForm form,
                FormProblem problem);
    }

    private final SignedIn user;

    public LeavingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id, @PathParam("step") String step) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        return page(organization, step, LeavingForm.blank(organization.getVersion()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("id") UUID id, @PathParam("step") String step, @BeanParam LeavingForm form)
            throws ApiException {
        StructuralChangesApi changes = new StructuralChangesApi(user.api());
        FormProblem.Request<Organization> request = step.equals(TRANSFER_OUT)
                ? () -> changes.transferOrganizationOut(id, form.transferOut(), form.ifMatch(), form.idempotencyKey)
                : () -> changes.dissolveOrganization(id, form.dissolution(), form.ifMatch(), form.idempotencyKey);
        return FormProblem.sent(
                form,
                request,
                left -> "/to-chuc/" + id,
                problem -> page(new OrganizationsApi(user.api()).getOrganization(id, null), step, form, problem));
    }

    private TemplateInstance page(Organization organization, String step, LeavingForm form, FormProblem problem) {
        String action = step.equals(TRANSFER_OUT)
                ? user.words().transfer_out()
                : user.words().dissolve();
        return Templates.leave(user, organization, step, action, form, problem);
    }
}
