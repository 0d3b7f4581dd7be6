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
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.Organization;

/**
 * Thành lập cấp ủy: a committee of an organization for a term, offered for the years of its latest term, then shown on
 * its own page to seat its members. Which kinds an organization has is the API's rule (domain rules 4–6), shown on the
 * form when broken. For those who keep members.
 */
@Path("/to-chuc/{id}/cap-uy")
@Produces(MediaType.TEXT_HTML)
public class CommitteeFormingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                SignedIn user, Organization organization, CommitteeForm form, List<Option> kinds, FormProblem problem);
    }

    private final SignedIn user;

    public CommitteeFormingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, CommitteeForm.forLatestOf(new TermsApi(user.api()).listTerms(id)), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response formCommittee(@PathParam("id") UUID id, @BeanParam CommitteeForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new CommitteesApi(user.api()).formCommittee(form.request(id), form.idempotencyKey),
                formed -> "/cap-uy/" + formed.getId(),
                problem -> page(id, form, problem));
    }

    private TemplateInstance page(UUID id, CommitteeForm form, FormProblem problem) throws ApiException {
        return Templates.form(
                user,
                new OrganizationsApi(user.api()).getOrganization(id, null),
                form,
                Option.of(List.of(CommitteeKind.values()), user.labels()::committee_kind),
                problem);
    }
}
