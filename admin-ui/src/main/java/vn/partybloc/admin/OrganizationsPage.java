package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.model.Committee;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationStatus;
import vn.partybloc.client.model.StructuralChange;
import vn.partybloc.client.model.Term;
import vn.partybloc.kernel.BlocZone;

/**
 * Tổ chức đảng: the tree as it stood on a day, from the top of what the user may see, each level fetched when it is
 * opened (htmx); and an organization's page: its details on the day, the organizations above it, its structural
 * changes, terms and committees.
 */
@Path("/to-chuc")
@Produces(MediaType.TEXT_HTML)
public class OrganizationsPage {

    /** The tree of a day holds the organizations active on it, not those that had left it by then. */
    private static final List<OrganizationStatus> ACTIVE = List.of(OrganizationStatus.ACTIVE);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tree(SignedIn user, LocalDate asOf, Organization root);

        static native TemplateInstance children(LocalDate asOf, List<Organization> children);

        static native TemplateInstance organization(
                SignedIn user,
                LocalDate asOf,
                Organization organization,
                Part<List<Organization>> ancestors,
                Part<List<StructuralChange>> history,
                Part<List<Term>> terms,
                Part<List<Committee>> committees);
    }

    private final SignedIn user;

    public OrganizationsPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance tree(@QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        List<Organization> top = new OrganizationsApi(user.api())
                .listOrganizations(day, null, 0, null, null, 1, "depth", ACTIVE, null)
                .getItems();
        return Templates.tree(user, day, top.isEmpty() ? null : top.get(0));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance organization(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf)
            throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        OrganizationsApi organizations = new OrganizationsApi(user.api());
        Organization organization = organizations.getOrganization(id, day);
        return Templates.organization(
                user,
                day,
                organization,
                Part.of(() -> organizations.listAncestors(id, day)),
                Part.of(() -> organizations.getOrganizationHistory(id)),
                Part.of(() -> new TermsApi(user.api()).listTerms(id)),
                Part.of(() -> new CommitteesApi(user.api()).listCommittees(id)));
    }

    /** The organizations directly under {@code id}, as a fragment of the tree. */
    @GET
    @Path("/{id}/cap-duoi")
    public TemplateInstance children(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        return Templates.children(day, new OrganizationsApi(user.api()).listChildren(id, day, ACTIVE, null));
    }
}
