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
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.Position;
import vn.partybloc.client.model.Responsibility;

/**
 * Phân công nhiệm vụ: a committee member's responsibilities in their position (a field of work, a cell they follow
 * and whether they attend its meetings), reached from the committee's page, and a new one assigned with the cell
 * found by name (htmx). Which cells may be followed (an active cell under the organization the committee leads) is
 * the API's rule ({@code RESP-FOLLOWED-CELL}), shown on the form. Assigning is for admins, organizers and secretaries.
 */
@Path("/chuc-vu/{id}/phan-cong")
@Produces(MediaType.TEXT_HTML)
public class ResponsibilitiesPage {

    private static final List<OrganizationType> CELLS =
            List.of(OrganizationType.GRASSROOTS_CELL, OrganizationType.SUBORDINATE_CELL);

    /** A responsibility with the cell it follows, by name, or why that could not be read. */
    public record Assigned(Responsibility responsibility, Part<Organization> followed) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance responsibilities(
                SignedIn user,
                Position position,
                Part<Member> holder,
                Part<List<Assigned>> assigned,
                ResponsibilityForm form,
                List<Organization> cells,
                FormProblem problem);

        static native TemplateInstance cells(List<Organization> cells, String chosen);
    }

    private final SignedIn user;

    public ResponsibilitiesPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance responsibilities(@PathParam("id") UUID id) throws ApiException {
        return page(id, ResponsibilityForm.blank(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, @BeanParam ResponsibilityForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new CommitteePositionsApi(user.api())
                        .assignResponsibility(id, form.request(), form.idempotencyKey),
                assigned -> "/chuc-vu/" + id + "/phan-cong",
                problem -> page(id, form, problem));
    }

    /** The active cells whose name holds {@code q}, to choose the one followed. */
    @GET
    @Path("/chi-bo")
    public TemplateInstance cells(@QueryParam("q") String q, @QueryParam("followedOrganizationId") String chosen)
            throws ApiException {
        return Templates.cells(OrganizationChoices.named(user.api(), q, CELLS), chosen);
    }

    private TemplateInstance page(UUID id, ResponsibilityForm form, FormProblem problem) throws ApiException {
        CommitteePositionsApi positions = new CommitteePositionsApi(user.api());
        Position position = positions.getPosition(id);
        Part<Member> holder = Part.of(() -> new MembersApi(user.api()).getMember(position.getMemberId(), null));
        Part<List<Assigned>> assigned = Part.of(() -> positions.listResponsibilities(id).stream()
                .map(responsibility -> new Assigned(responsibility, followed(responsibility)))
                .toList());
        return Templates.responsibilities(
                user,
                position,
                holder,
                assigned,
                form,
                OrganizationChoices.chosen(user.api(), FormFields.id(form.followedOrganizationId)),
                problem);
    }

    private Part<Organization> followed(Responsibility responsibility) {
        UUID cell = responsibility.getFollowedOrganizationId();
        return cell == null ? null : Part.of(() -> new OrganizationsApi(user.api()).getOrganization(cell, null));
    }
}
