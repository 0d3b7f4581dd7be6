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
import vn.partybloc.client.api.DisciplineApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.DisciplineCategory;
import vn.partybloc.client.model.Member;
import vn.partybloc.kernel.BlocZone;

/**
 * Xem xét kỷ luật: a discipline case opened against a member on the register: the violation (free text about a person,
 * which stays in the API), its category and day, and the body that takes it up: the member's cell, or a standing or
 * inspection committee of an organization above it (chosen among the cell and those above it); then the case's page.
 * For the inspection side (admins, organizers, inspectors).
 */
@Path("/dang-vien/{id}/ky-luat")
@Produces(MediaType.TEXT_HTML)
public class DisciplineOpeningPage {

    /** The lists the form chooses from, in the page's language. */
    public record Choices(List<Option> categories, List<Option> bodyKinds, List<Option> bodies) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance open(
                SignedIn user, Member member, DisciplineCaseForm form, Choices choices, FormProblem problem);
    }

    private final SignedIn user;

    public DisciplineOpeningPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Member member = new MembersApi(user.api()).getMember(id, null);
        DisciplineCaseForm form = DisciplineCaseForm.blank(
                member.getOrganizationId(), BlocZone.today().toString());
        return Templates.open(user, member, form, choices(member), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id, @BeanParam DisciplineCaseForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new DisciplineApi(user.api()).openDisciplineCase(form.request(id), form.idempotencyKey),
                opened -> "/ky-luat/" + opened.getId(),
                problem -> {
                    Member member = new MembersApi(user.api()).getMember(id, null);
                    return Templates.open(user, member, form, choices(member), problem);
                });
    }

    private Choices choices(Member member) throws ApiException {
        Labels labels = user.labels();
        return new Choices(
                Option.of(List.of(DisciplineCategory.values()), labels::discipline_category),
                Option.of(List.of(DisciplineBody.values()), labels::discipline_body),
                DisciplineBodies.fromItUp(user, member.getOrganizationId(), BlocZone.today()));
    }
}
