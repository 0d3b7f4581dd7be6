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
import vn.partybloc.client.api.CommitteesApi;
import vn.partybloc.client.model.Appointment;
import vn.partybloc.client.model.Committee;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.PositionKind;

/**
 * Bầu, chỉ định: a member elected or appointed to a committee, found by name as the user types (htmx), on a form that
 * shows the API's refusal beside its field. For those who keep members.
 */
@Path("/cap-uy/{id}/bo-nhiem")
@Produces(MediaType.TEXT_HTML)
public class PositionStartPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(
                SignedIn user,
                Committee committee,
                PositionStartForm form,
                List<Member> members,
                List<PositionKind> kinds,
                List<Appointment> appointments,
                FormProblem problem);

        static native TemplateInstance members(List<Member> members, String chosen);
    }

    private final SignedIn user;

    public PositionStartPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, PositionStartForm.blank(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") UUID id, @BeanParam PositionStartForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new CommitteePositionsApi(user.api()).startPosition(form.request(id), form.idempotencyKey),
                started -> "/cap-uy/" + id,
                problem -> page(id, form, problem));
    }

    /** The active members whose name holds {@code q}, to choose the one to seat from. */
    @GET
    @Path("/dang-vien")
    public TemplateInstance members(@QueryParam("q") String q) throws ApiException {
        return Templates.members(ActiveMembers.named(user.api(), q), null);
    }

    private TemplateInstance page(UUID id, PositionStartForm form, FormProblem problem) throws ApiException {
        Committee committee = new CommitteesApi(user.api()).getCommittee(id);
        List<Member> members = ActiveMembers.chosen(user.api(), FormFields.id(form.memberId));
        return Templates.start(
                user, committee, form, members, List.of(PositionKind.values()), List.of(Appointment.values()), problem);
    }
}
