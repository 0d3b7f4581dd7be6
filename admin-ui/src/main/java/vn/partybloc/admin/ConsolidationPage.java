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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.StructuralChangesApi;
import vn.partybloc.client.model.HostUnitKind;
import vn.partybloc.client.model.Organization;

/**
 * Hợp nhất: this organization and others, found by name as the user types (htmx), merged into a new organization
 * founded by the same decision under a parent also found by name; their active children move under it, and its page
 * follows. Which merges the rules allow is the API's to say, on the form. For admins and organizers.
 */
@Path("/to-chuc/{id}/hop-nhat")
@Produces(MediaType.TEXT_HTML)
public class ConsolidationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consolidate(
                SignedIn user,
                Organization organization,
                ConsolidationForm form,
                List<Organization> partners,
                List<Organization> parents,
                List<Option> types,
                List<Option> hostUnitKinds,
                FormProblem problem);

        static native TemplateInstance partners(List<Organization> partners, List<String> chosen);

        static native TemplateInstance parents(List<Organization> parents, String chosen);
    }

    private final SignedIn user;

    public ConsolidationPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, ConsolidationForm.blank(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consolidate(@PathParam("id") UUID id, @BeanParam ConsolidationForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new StructuralChangesApi(user.api()).mergeOrganizations(form.request(id), form.idempotencyKey),
                founded -> "/to-chuc/" + founded.getId(),
                problem -> page(id, form, problem.named(ConsolidationForm.FIELD_NAMES)));
    }

    /**
     * The organizations chosen so far, still chosen, then the active ones whose name holds {@code q}: the others to
     * merge with this one.
     */
    @GET
    @Path("/to-chuc")
    public TemplateInstance partners(
            @PathParam("id") UUID id, @QueryParam("q") String q, @QueryParam("sourceIds") List<String> chosen)
            throws ApiException {
        List<UUID> chosenIds = ConsolidationForm.ids(chosen);
        List<Organization> partners = new ArrayList<>(organizations(chosenIds));
        for (Organization found : OrganizationChoices.named(user.api(), q, null)) {
            if (!found.getId().equals(id) && !chosenIds.contains(found.getId())) {
                partners.add(found);
            }
        }
        return Templates.partners(partners, chosen);
    }

    /** The active committees whose name holds {@code q}, to choose the new organization's parent from. */
    @GET
    @Path("/cap-tren")
    public TemplateInstance parents(@QueryParam("q") String q, @QueryParam("parentId") String chosen)
            throws ApiException {
        return Templates.parents(OrganizationChoices.named(user.api(), q, OrganizationChoices.COMMITTEES), chosen);
    }

    private TemplateInstance page(UUID id, ConsolidationForm form, FormProblem problem) throws ApiException {
        Labels labels = user.labels();
        return Templates.consolidate(
                user,
                new OrganizationsApi(user.api()).getOrganization(id, null),
                form,
                organizations(form.otherSources()),
                OrganizationChoices.chosen(user.api(), form.parentId()),
                Option.of(FoundingPage.TYPES, labels::type),
                Option.of(List.of(HostUnitKind.values()), labels::host_unit_kind),
                problem);
    }

    private List<Organization> organizations(List<UUID> ids) throws ApiException {
        List<Organization> organizations = new ArrayList<>();
        for (UUID id : ids) {
            organizations.addAll(OrganizationChoices.chosen(user.api(), id));
        }
        return organizations;
    }
}
