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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.DisciplineApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.AppealOutcome;
import vn.partybloc.client.model.AppealStatus;
import vn.partybloc.client.model.DisciplineAppeal;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.DisciplineCase;
import vn.partybloc.client.model.DisciplineForm;
import vn.partybloc.client.model.DisciplineStatus;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.kernel.BlocZone;

/**
 * A discipline case against a member: the member, the violation, its category and day, the body that took it up and
 * its level, once decided the form and the decision, and its appeals with their outcomes. For the inspection side
 * (admins, organizers, inspectors) the form of its next step: the decision while it is open; once decided, an appeal
 * against it, or the outcome of the appeal pending. Who may decide what, and when, are the API's rules
 * ({@code DIS-COMPETENCE}, {@code DIS-APPEAL-*}), shown on the form when broken.
 */
@Path("/ky-luat/{id}")
@Produces(MediaType.TEXT_HTML)
public class DisciplineCasePage {

    /** The case's next steps, as the page names them. */
    static final String DECIDE = "decide";

    static final String APPEAL = "appeal";
    static final String RESOLVE = "resolve";

    /** The forms of the case's steps: the one sent shows what was entered, the others are blank. */
    public record Forms(
            DisciplineDecisionForm decision, DisciplineAppealForm appeal, AppealResolutionForm resolution) {}

    /** The lists the forms choose from; those the step does not need are empty. */
    public record Choices(
            List<Option> forms,
            Part<List<Option>> posts,
            List<Option> appealBodyKinds,
            Part<List<Option>> appealBodies,
            List<Option> outcomes) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disciplineCase(
                SignedIn user,
                DisciplineCase disciplineCase,
                Part<Member> member,
                Part<Organization> body,
                Part<List<DisciplineAppeal>> appeals,
                String step,
                DisciplineAppeal pending,
                Forms forms,
                Choices choices,
                FormProblem problem);
    }

    private final SignedIn user;

    public DisciplineCasePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance disciplineCase(@PathParam("id") UUID id) throws ApiException {
        return page(new DisciplineApi(user.api()).getDisciplineCase(id), null, FormProblem.NONE);
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
                problem -> page(discipline.getDisciplineCase(id), new Forms(form, null, null), problem));
    }

    @POST
    @Path("/khieu-nai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appeal(@PathParam("id") UUID id, @BeanParam DisciplineAppealForm form) throws ApiException {
        DisciplineApi discipline = new DisciplineApi(user.api());
        return FormProblem.sent(
                form,
                () -> discipline.lodgeDisciplineAppeal(id, form.request(), form.idempotencyKey),
                lodged -> "/ky-luat/" + id,
                problem -> page(discipline.getDisciplineCase(id), new Forms(null, form, null), problem));
    }

    @POST
    @Path("/khieu-nai/{appealId}/giai-quyet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(
            @PathParam("id") UUID id, @PathParam("appealId") UUID appealId, @BeanParam AppealResolutionForm form)
            throws ApiException {
        DisciplineApi discipline = new DisciplineApi(user.api());
        return FormProblem.sent(
                form,
                () -> discipline.resolveDisciplineAppeal(
                        appealId, id, form.request(), form.ifMatch(), form.idempotencyKey),
                resolved -> "/ky-luat/" + id,
                problem -> page(discipline.getDisciplineCase(id), new Forms(null, null, form), problem));
    }

    private TemplateInstance page(DisciplineCase found, Forms sent, FormProblem problem) {
        LocalDate today = BlocZone.today();
        Part<Member> member = Part.of(() -> new MembersApi(user.api()).getMember(found.getMemberId(), null));
        Part<List<DisciplineAppeal>> appeals =
                Part.of(() -> new DisciplineApi(user.api()).listDisciplineAppeals(found.getId()));
        DisciplineAppeal pending = appeals.value() == null
                ? null
                : appeals.value().stream()
                        .filter(appeal -> appeal.getStatus() == AppealStatus.PENDING)
                        .findFirst()
                        .orElse(null);
        String step = nextStep(user, found.getStatus(), appeals.value() != null, pending != null);
        Forms forms = new Forms(
                sent != null && sent.decision() != null
                        ? sent.decision()
                        : DisciplineDecisionForm.blank(found.getVersion()),
                sent != null && sent.appeal() != null ? sent.appeal() : DisciplineAppealForm.blank(),
                sent != null && sent.resolution() != null
                        ? sent.resolution()
                        : AppealResolutionForm.blank(pending == null ? 0 : pending.getVersion()));
        Labels labels = user.labels();
        boolean choosesPost = (DECIDE.equals(step) || RESOLVE.equals(step)) && member.value() != null;
        Choices choices = new Choices(
                Option.of(List.of(DisciplineForm.values()), labels::discipline_form),
                choosesPost ? Part.of(() -> MemberPosts.held(user, member.value(), today)) : Part.of(List::of),
                Option.of(
                        List.of(DisciplineBody.STANDING_COMMITTEE, DisciplineBody.INSPECTION_COMMITTEE),
                        labels::discipline_body),
                APPEAL.equals(step)
                        ? Part.of(() -> DisciplineBodies.ofAppeal(user, found.getBodyOrganizationId(), today))
                        : Part.of(List::of),
                Option.of(List.of(AppealOutcome.values()), labels::appeal_outcome));
        return Templates.disciplineCase(
                user,
                found,
                member,
                Part.of(() -> new OrganizationsApi(user.api()).getOrganization(found.getBodyOrganizationId(), null)),
                appeals,
                step,
                pending,
                forms,
                choices,
                problem);
    }

    /**
     * The step the user may take next on a case, or null: none, or none for their role. While the appeals could not
     * be read, neither an appeal nor its outcome is offered.
     */
    static String nextStep(SignedIn user, DisciplineStatus status, boolean appealsRead, boolean appealPending) {
        if (!user.handlesDiscipline()) {
            return null;
        }
        if (status == DisciplineStatus.OPEN) {
            return DECIDE;
        }
        if (status != DisciplineStatus.DECIDED || !appealsRead) {
            return null;
        }
        return appealPending ? RESOLVE : APPEAL;
    }
}
