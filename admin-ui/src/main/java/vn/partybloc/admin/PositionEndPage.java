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
import vn.partybloc.client.api.CommitteePositionsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.EndReason;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Position;

/** A committee position ended on a day for a reason, on a form that shows the API's refusal beside its field. */
@Path("/chuc-vu/{id}/ket-thuc")
@Produces(MediaType.TEXT_HTML)
public class PositionEndPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance end(
                SignedIn user,
                Position position,
                Part<Member> holder,
                PositionEndForm form,
                List<Option> reasons,
                FormProblem problem);
    }

    private final SignedIn user;

    public PositionEndPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Position position = new CommitteePositionsApi(user.api()).getPosition(id);
        return page(position, PositionEndForm.blank(position.getVersion()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, @BeanParam PositionEndForm form) throws ApiException {
        CommitteePositionsApi positions = new CommitteePositionsApi(user.api());
        return FormProblem.sent(
                form,
                () -> positions.endPosition(id, form.request(), form.ifMatch(), form.idempotencyKey),
                ended -> "/cap-uy/" + ended.getCommitteeId(),
                problem -> page(positions.getPosition(id), form, problem));
    }

    private TemplateInstance page(Position position, PositionEndForm form, FormProblem problem) {
        Part<Member> holder = Part.of(() -> new MembersApi(user.api()).getMember(position.getMemberId(), null));
        return Templates.end(
                user,
                position,
                holder,
                form,
                Option.of(List.of(EndReason.values()), user.labels()::end_reason),
                problem);
    }
}
