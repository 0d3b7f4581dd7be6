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
import vn.partybloc.client.model.HostUnitKind;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;

/**
 * Thành lập: an organization founded under this one by a decision, then shown on its own page. Which types may stand
 * under which is the API's rule (domain rule 3), shown on the form when broken. For admins and organizers.
 */
@Path("/to-chuc/{id}/thanh-lap")
@Produces(MediaType.TEXT_HTML)
public class FoundingPage {

    /** Every type but the Bloc's own, which is founded once, at the top. */
    static final List<OrganizationType> TYPES = List.of(
            OrganizationType.GRASSROOTS_COMMITTEE,
            OrganizationType.GRASSROOTS_CELL,
            OrganizationType.SUB_COMMITTEE,
            OrganizationType.SUBORDINATE_CELL);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance found(
                SignedIn user,
                Organization parent,
                FoundingForm form,
                List<Option> types,
                List<Option> hostUnitKinds,
                FormProblem problem);
    }

    private final SignedIn user;

    public FoundingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, FoundingForm.blank(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response found(@PathParam("id") UUID id, @BeanParam FoundingForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new OrganizationsApi(user.api()).foundOrganization(form.request(id), form.idempotencyKey),
                founded -> "/to-chuc/" + founded.getId(),
                problem -> page(id, form, problem));
    }

    private TemplateInstance page(UUID id, FoundingForm form, FormProblem problem) throws ApiException {
        Organization parent = new OrganizationsApi(user.api()).getOrganization(id, null);
        Labels labels = user.labels();
        return Templates.found(
                user,
                parent,
                form,
                Option.of(TYPES, labels::type),
                Option.of(List.of(HostUnitKind.values()), labels::host_unit_kind),
                problem);
    }
}
