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
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberEventKind;
import vn.partybloc.kernel.BlocZone;

/**
 * Ghi giảm đảng viên: a member leaves the register (transferred out, died, struck off, expelled) on a day, by a
 * decision; the API ends their positions the same day. For admins, organizers and secretaries of the member's subtree.
 */
@Path("/dang-vien/{id}/ghi-giam")
@Produces(MediaType.TEXT_HTML)
public class MemberDeparturePage {

    /** The ways of leaving the API records, in the order the Party's statistics list them. */
    static final List<MemberEventKind> KINDS = List.of(
            MemberEventKind.TRANSFERRED_OUT,
            MemberEventKind.DIED,
            MemberEventKind.STRUCK_OFF,
            MemberEventKind.EXPELLED);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance depart(
                SignedIn user, Member member, MemberDepartureForm form, List<Option> kinds, FormProblem problem);
    }

    private final SignedIn user;

    public MemberDeparturePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Member member = new MembersApi(user.api()).getMember(id, null);
        return Templates.depart(
                user,
                member,
                MemberDepartureForm.blank(member.getVersion(), BlocZone.today()),
                kinds(),
                FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response depart(@PathParam("id") UUID id, @BeanParam MemberDepartureForm form) throws ApiException {
        MembersApi members = new MembersApi(user.api());
        return FormProblem.sent(
                form,
                () -> members.recordDeparture(id, form.request(), form.ifMatch(), form.idempotencyKey),
                departed -> "/dang-vien/" + id,
                problem -> Templates.depart(user, members.getMember(id, null), form, kinds(), problem));
    }

    private List<Option> kinds() {
        return Option.of(KINDS, user.labels()::event_kind);
    }
}
