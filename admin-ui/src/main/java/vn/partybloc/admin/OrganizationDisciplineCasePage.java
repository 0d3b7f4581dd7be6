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
import vn.partybloc.client.api.OrganizationDisciplineApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.AppealOutcome;
import vn.partybloc.client.model.AppealStatus;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationDisciplineAppeal;
import vn.partybloc.client.model.OrganizationDisciplineCase;
import vn.partybloc.client.model.OrganizationDisciplineForm;
import vn.partybloc.kernel.BlocZone;

/**
 * A discipline case against an organization: the organization, the violation, its category and day, the body that
 * took it up and its level, once decided the form (a dissolution dissolves the organization) and the decision, and
 * its appeals with their outcomes. For the inspection side (admins, organizers, inspectors) the form of its next step,
 * as on a member's case: the decision while it is open; once decided, an appeal, or the outcome of the one pending.
 */
@Path("/ky-luat-to-chuc/{id}")
@Produces(MediaType.TEXT_HTML)
public class OrganizationDisciplineCasePage {

    /** The forms of the case's steps: the one sent shows what was entered, the others are blank. */
    public record Forms(
            OrganizationDecisionForm decision,
            DisciplineAppealForm appeal,
            OrganizationAppealResolutionForm resolution) {}

    /** The lists the forms choose from; the appeal's bodies only when an appeal may be lodged. */
    public record Choices(
            List<Option> forms, List<Option> appealBodyKinds, Part<List<Option>> appealBodies, List<Option> outcomes) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organizationCase(
                SignedIn user,
                OrganizationDisciplineCase disciplineCase,
                Part<Organization> organization,
                Part<Organization> body,
                Part<List<OrganizationDisciplineAppeal>> appeals,
                String step,
                OrganizationDisciplineAppeal pending,
                Forms forms,
                Choices choices,
                FormProblem problem);
    }

    private final SignedIn user;

    public OrganizationDisciplineCasePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance organizationCase(@PathParam("id") UUID id) throws ApiException {
        return page(discipline().getOrganizationDisciplineCase(id), null, FormProblem.NONE);
    }

    @POST
    @Path("/quyet-dinh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @BeanParam OrganizationDecisionForm form) throws ApiException {
        OrganizationDisciplineApi discipline = discipline();
        return FormProblem.sent(
                form,
                () -> discipline.decideOrganizationDisciplineCase(
                        id, form.request(), form.ifMatch(), form.idempotencyKey),
                decided -> "/ky-luat-to-chuc/" + id,
                problem -> page(discipline.getOrganizationDisciplineCase(id), new Forms(form, null, null), problem));
    }

    @POST
    @Path("/khieu-nai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appeal(@PathParam("id") UUID id, @BeanParam DisciplineAppealForm form) throws ApiException {
        OrganizationDisciplineApi discipline = discipline();
        return FormProblem.sent(
                form,
                () -> discipline.lodgeOrganizationDisciplineAppeal(id, form.request(), form.idempotencyKey),
                lodged -> "/ky-luat-to-chuc/" + id,
                problem -> page(discipline.getOrganizationDisciplineCase(id), new Forms(null, form, null), problem));
    }

    @POST
    @Path("/khieu-nai/{appealId}/giai-quyet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(
            @PathParam("id") UUID id,
            @PathParam("appealId") UUID appealId,
            @BeanParam OrganizationAppealResolutionForm form)
            throws ApiException {
        OrganizationDisciplineApi discipline = discipline();
        return FormProblem.sent(
                form,
                () -> discipline.resolveOrganizationDisciplineAppeal(
                        appealId, id, form.request(), form.ifMatch(), form.idempotencyKey),
                resolved -> "/ky-luat-to-chuc/" + id,
                problem -> page(discipline.getOrganizationDisciplineCase(id), new Forms(null, null, form), problem));
    }

    private TemplateInstance page(OrganizationDisciplineCase found, Forms sent, FormProblem problem) {
        Part<List<OrganizationDisciplineAppeal>> appeals =
                Part.of(() -> discipline().listOrganizationDisciplineAppeals(found.getId()));
        OrganizationDisciplineAppeal pending = appeals.value() == null
                ? null
                : appeals.value().stream()
                        .filter(appeal -> appeal.getStatus() == AppealStatus.PENDING)
                        .findFirst()
                        .orElse(null);
        String step = DisciplineCasePage.nextStep(user, found.getStatus(), appeals.value() != null, pending != null);
        Forms forms = new Forms(
                sent != null && sent.decision() != null
                        ? sent.decision()
                        : OrganizationDecisionForm.blank(found.getVersion()),
                sent != null && sent.appeal() != null ? sent.appeal() : DisciplineAppealForm.blank(),
                sent != null && sent.resolution() != null
                        ? sent.resolution()
                        : OrganizationAppealResolutionForm.blank(pending == null ? 0 : pending.getVersion()));
        Labels labels = user.labels();
        Choices choices = new Choices(
                Option.of(List.of(OrganizationDisciplineForm.values()), labels::discipline_form),
                Option.of(
                        List.of(DisciplineBody.STANDING_COMMITTEE, DisciplineBody.INSPECTION_COMMITTEE),
                        labels::discipline_body),
                DisciplineCasePage.APPEAL.equals(step)
                        ? Part.of(
                                () -> DisciplineBodies.ofAppeal(user, found.getBodyOrganizationId(), BlocZone.today()))
                        : Part.of(List::of),
                Option.of(List.of(AppealOutcome.values()), labels::appeal_outcome));
        OrganizationsApi organizations = new OrganizationsApi(user.api());
        return Templates.organizationCase(
                user,
                found,
                Part.of(() -> organizations.getOrganization(found.getOrganizationId(), null)),
                Part.of(() -> organizations.getOrganization(found.getBodyOrganizationId(), null)),
                appeals,
                step,
                pending,
                forms,
                choices,
                problem);
    }

    private OrganizationDisciplineApi discipline() {
        return new OrganizationDisciplineApi(user.api());
    }
}
