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
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.kernel.BlocZone;

/**
 * Chuyển sinh hoạt: a member's move to another cell, on a form that finds the cell by name as the user types (htmx)
 * and shows the API's refusal next to the field it names. Sent through the gateway as the user, who must be allowed
 * to move this member; the console's CSRF token guards the form.
 */
@Path("/dang-vien/{id}/chuyen-sinh-hoat")
@Produces(MediaType.TEXT_HTML)
public class MemberMovePage {

    private static final List<OrganizationType> CELLS =
            List.of(OrganizationType.GRASSROOTS_CELL, OrganizationType.SUBORDINATE_CELL);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance move(
                SignedIn user, Member member, MemberMoveForm form, List<Organization> cells, FormProblem problem);

        static native TemplateInstance cells(List<Organization> cells, String chosen);
    }

    private final SignedIn user;

    public MemberMovePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Member member = new MembersApi(user.api()).getMember(id, null);
        return Templates.move(
                user, member, MemberMoveForm.blank(member.getVersion(), BlocZone.today()), List.of(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, @BeanParam MemberMoveForm form) throws ApiException {
        MembersApi members = new MembersApi(user.api());
        return FormProblem.sent(
                form,
                () -> members.moveMember(id, form.request(), form.ifMatch(), form.idempotencyKey),
                moved -> "/dang-vien/" + id,
                problem -> Templates.move(
                        user,
                        members.getMember(id, null),
                        form,
                        OrganizationChoices.chosen(user.api(), form.request().getToOrganizationId()),
                        problem));
    }

    /** The active cells whose name holds {@code q}, to choose the new one from. */
    @GET
    @Path("/chi-bo")
    public TemplateInstance cells(@QueryParam("q") String q, @QueryParam("toOrganizationId") String chosen)
            throws ApiException {
        return Templates.cells(OrganizationChoices.named(user.api(), q, CELLS), chosen);
    }
}
