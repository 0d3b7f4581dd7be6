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
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.model.Organization;

/**
 * Mở nhiệm kỳ: an organization's new term, from its congress, offered from the year the latest ends; an overlap with
 * another term is the API's rule, shown on the form. For admins and organizers.
 */
@Path("/to-chuc/{id}/nhiem-ky")
@Produces(MediaType.TEXT_HTML)
public class TermOpeningPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance open(
                SignedIn user, Organization organization, TermForm form, FormProblem problem);
    }

    private final SignedIn user;

    public TermOpeningPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, TermForm.following(new TermsApi(user.api()).listTerms(id)), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id, @BeanParam TermForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new TermsApi(user.api()).openTerm(id, form.request(), form.idempotencyKey),
                opened -> "/to-chuc/" + id,
                problem -> page(id, form, problem));
    }

    private TemplateInstance page(UUID id, TermForm form, FormProblem problem) throws ApiException {
        return Templates.open(user, new OrganizationsApi(user.api()).getOrganization(id, null), form, problem);
    }
}
