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
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.Member;

/**
 * Sửa thông tin đảng viên: a member's personal and qualification details corrected, all on one form filled with the
 * record; the cell, admission and membership change only through their own forms, the national id not at all. For
 * admins, organizers and secretaries of the member's subtree, while the member is on the register.
 */
@Path("/dang-vien/{id}/sua-thong-tin")
@Produces(MediaType.TEXT_HTML)
public class MemberDetailsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(
                SignedIn user, Member member, MemberDetailsForm form, MemberChoices choices, FormProblem problem);
    }

    private final SignedIn user;

    public MemberDetailsPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Member member = new MembersApi(user.api()).getMember(id, null);
        return Templates.edit(
                user, member, MemberDetailsForm.of(member), MemberChoices.in(user.labels()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, @BeanParam MemberDetailsForm form) throws ApiException {
        MembersApi members = new MembersApi(user.api());
        return FormProblem.sent(
                () -> members.replaceMemberDetails(id, form.request(), form.ifMatch()),
                saved -> "/dang-vien/" + id,
                problem -> Templates.edit(
                        user, members.getMember(id, null), form, MemberChoices.in(user.labels()), problem));
    }
}
