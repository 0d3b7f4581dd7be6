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
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.DisciplineCase;
import vn.partybloc.client.model.DisciplineForm;
import vn.partybloc.client.model.DisciplineStatus;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.kernel.BlocZone;

/**
 * A discipline case against a member: the member, the violation, its category and day, the body that took it up and
 * its level, and once decided the form, the decision and the post it removed; while open, the decision's form for the
 * inspection side (admins, organizers, inspectors). What the body may decide at its level is the API's rule
 * ({@code DIS-COMPETENCE}), shown on the form when broken.
 */
@Path("/ky-luat/{id}")
@Produces(MediaType.TEXT_HTML)
public class DisciplineCasePage {

    /** The lists the decision's form chooses from: the forms of discipline and the posts the member holds. */
    public record Choices(List<Option> forms, Part<List<Option>> posts) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disciplineCase(
                SignedIn user,
                DisciplineCase disciplineCase,
                Part<Member> member,
                Part<Organization> body,
                DisciplineDecisionForm form,
                Choices choices,
                FormProblem problem);
    }

    private final SignedIn user;

    public DisciplineCasePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance disciplineCase(@PathParam("id") UUID id) throws ApiException {
        DisciplineCase found = new DisciplineApi(user.api()).getDisciplineCase(id);
        return page(found, DisciplineDecisionForm.blank(found.getVersion()), FormProblem.NONE);
    }

    @POST
    @Path("/quyet-dinh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @BeanParam DisciplineDecisionForm form) throws ApiException {
        DisciplineApi discipline = new DisciplineApi(user.api());
        return FormProblem.sent(
                form,
                () -> discipline.decideDisciplineCase(id, form.request(), form.ifMatch(), form.idempotencyKey),
                decided -> "/ky-luat/" + id,
                problem -> page(discipline.getDisciplineCase(id), form, problem));
    }

    private TemplateInstance page(DisciplineCase found, DisciplineDecisionForm form, FormProblem problem) {
        Part<Member> member = Part.of(() -> new MembersApi(user.api()).getMember(found.getMemberId(), null));
        boolean decidable = found.getStatus() == DisciplineStatus.OPEN && user.handlesDiscipline();
        Choices choices = new Choices(
                Option.of(List.of(DisciplineForm.values()), user.labels()::discipline_form),
                decidable && member.value() != null
                        ? Part.of(() -> MemberPosts.held(user, member.value(), BlocZone.today()))
                        : Part.of(List::of));
        return Templates.disciplineCase(
                user,
                found,
                member,
                Part.of(() -> new OrganizationsApi(user.api()).getOrganization(found.getBodyOrganizationId(), null)),
                form,
                choices,
                problem);
    }
}
