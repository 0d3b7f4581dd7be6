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
import vn.partybloc.kernel.BlocZone;

/**
 * A change of a member's standing on a day, by a decision, on a form that shows the API's refusal: the recognition as
 * a full member, the exemption from party activities. For admins, organizers and secretaries of the member's subtree.
 */
@Produces(MediaType.TEXT_HTML)
public abstract class MemberStatusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(
                SignedIn user, Member member, String step, String title, MemberStatusForm form, FormProblem problem);
    }

    final SignedIn user;

    MemberStatusPage(SignedIn user) {
        this.user = user;
    }

    /** The last part of the page's path, which also names its words. */
    abstract String step();

    /** The page's title in the user's words. */
    abstract String title(Messages words);

    abstract Member send(MembersApi members, UUID id, MemberStatusForm form) throws ApiException;

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Member member = new MembersApi(user.api()).getMember(id, null);
        return Templates.change(
                user,
                member,
                step(),
                title(user.words()),
                MemberStatusForm.blank(member.getVersion(), BlocZone.today()),
                FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, @BeanParam MemberStatusForm form) throws ApiException {
        MembersApi members = new MembersApi(user.api());
        return FormProblem.sent(
                form,
                () -> send(members, id, form),
                changed -> "/dang-vien/" + id,
                problem -> Templates.change(
                        user, members.getMember(id, null), step(), title(user.words()), form, problem));
    }

    /** Công nhận đảng viên chính thức: a probationary member becomes a full member from the day. */
    @Path("/dang-vien/{id}/cong-nhan-chinh-thuc")
    public static class Recognition extends MemberStatusPage {

        public Recognition(SignedIn user) {
            super(user);
        }

        @Override
        String step() {
            return "cong-nhan-chinh-thuc";
        }

        @Override
        String title(Messages words) {
            return words.recognise_full_member();
        }

        @Override
        Member send(MembersApi members, UUID id, MemberStatusForm form) throws ApiException {
            return members.recogniseFullMember(id, form.recognition(), form.ifMatch(), form.idempotencyKey);
        }
    }

    /** Miễn sinh hoạt đảng: the member stays on the register and in their cell, exempt from the day, for a reason. */
    @Path("/dang-vien/{id}/mien-sinh-hoat")
    public static class Exemption extends MemberStatusPage {

        public Exemption(SignedIn user) {
            super(user);
        }

        @Override
        String step() {
            return "mien-sinh-hoat";
        }

        @Override
        String title(Messages words) {
            return words.exempt_member();
        }

        @Override
        Member send(MembersApi members, UUID id, MemberStatusForm form) throws ApiException {
            return members.recordExemption(id, form.exemption(), form.ifMatch(), form.idempotencyKey);
        }
    }
}
