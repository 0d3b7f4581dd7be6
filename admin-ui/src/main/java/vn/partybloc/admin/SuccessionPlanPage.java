package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
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
import java.util.stream.Collectors;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.SuccessionPlansApi;
import vn.partybloc.client.model.CandidateStatus;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.RemovalReason;
import vn.partybloc.client.model.SuccessionCandidate;
import vn.partybloc.client.model.SuccessionPlan;

/**
 * Một quy hoạch: a succession plan (the organization, committee, position and term) with its candidates, those removed
 * kept with their day and reason, and the flags a confidence vote or a discipline decision left for the organizer's
 * decision; for those who keep members, a member found by name added (htmx) and a candidate removed for a reason.
 * Whom a plan may take is the API's rule ({@code SUC-*}), shown on the form when broken.
 */
@Path("/quy-hoach/{id}")
@Produces(MediaType.TEXT_HTML)
public class SuccessionPlanPage {

    /** The plan's forms: the one sent shows what was entered, the other is blank. */
    public record Forms(CandidateForm candidate, CandidateRemovalForm removal) {

        static Forms blank() {
            return new Forms(CandidateForm.blank(), CandidateRemovalForm.blank());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(
                SignedIn user,
                String title,
                SuccessionPlan plan,
                Organization organization,
                Forms forms,
                List<Member> chosen,
                List<Option> planned,
                List<Option> reasons,
                FormProblem problem);

        static native TemplateInstance members(List<Member> members, String chosen);
    }

    private final SignedIn user;

    public SuccessionPlanPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance plan(@PathParam("id") UUID id) throws ApiException {
        return page(id, Forms.blank(), FormProblem.NONE);
    }

    /** The candidates as a spreadsheet, those removed too: a row each, days as days, flags joined. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id) throws ApiException {
        SuccessionPlan plan = new SuccessionPlansApi(user.api()).getSuccessionPlan(id);
        Organization organization = new OrganizationsApi(user.api()).getOrganization(plan.getOrganizationId(), null);
        Messages words = user.words();
        SuccessionWords succession = user.successionWords();
        Labels labels = user.labels();
        String title = title(plan) + " " + organization.getName();
        Spreadsheet sheet = new Spreadsheet(
                title,
                List.of(
                        succession.candidate(),
                        words.gender(),
                        words.date_of_birth(),
                        words.status(),
                        succession.added_on(),
                        succession.removed_on(),
                        words.reason(),
                        succession.flags(),
                        words.note()));
        for (SuccessionCandidate candidate : plan.getCandidates()) {
            sheet.row(
                    candidate.getFullName(),
                    labels.gender(candidate.getGender().name()),
                    candidate.getDateOfBirth(),
                    labels.candidate_status(candidate.getStatus().name()),
                    candidate.getAddedOn(),
                    candidate.getRemovedOn(),
                    candidate.getRemovalReason() == null
                            ? null
                            : labels.removal_reason(candidate.getRemovalReason().name()),
                    candidate.getFlags().stream()
                            .map(flag -> labels.candidate_flag(flag.getReason().name()) + " ("
                                    + Formats.day(flag.getFlaggedOn()) + ")")
                            .collect(Collectors.joining("; ")),
                    candidate.getNote());
        }
        return sheet.download(title);
    }

    @POST
    @Path("/ung-vien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") UUID id, @BeanParam CandidateForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new SuccessionPlansApi(user.api())
                        .addSuccessionCandidate(id, form.request(), form.idempotencyKey),
                added -> "/quy-hoach/" + id,
                problem -> page(id, new Forms(form, CandidateRemovalForm.blank()), problem));
    }

    /** The active members whose name holds {@code q}, to choose the one to plan. */
    @GET
    @Path("/ung-vien/dang-vien")
    public TemplateInstance members(@QueryParam("q") String q) throws ApiException {
        return Templates.members(ActiveMembers.named(user.api(), q), null);
    }

    @POST
    @Path("/dua-ra")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") UUID id, @BeanParam CandidateRemovalForm form) throws ApiException {
        UUID candidate = FormFields.id(form.candidateId);
        if (candidate == null) {
            throw new BadRequestException(user.successionWords().choose_candidate());
        }
        return FormProblem.sent(
                form,
                () -> new SuccessionPlansApi(user.api())
                        .removeSuccessionCandidate(candidate, id, form.request(), form.idempotencyKey),
                removed -> "/quy-hoach/" + id,
                problem -> page(id, new Forms(CandidateForm.blank(), form), problem));
    }

    /** The committee, position and term a plan is for. */
    private String title(SuccessionPlan plan) {
        Labels labels = user.labels();
        return user.successionWords()
                .plan_title(
                        labels.committee_kind(plan.getCommitteeKind().name()),
                        labels.position_kind(plan.getPosition().name()),
                        plan.getTermStartYear(),
                        plan.getTermEndYear());
    }

    private TemplateInstance page(UUID id, Forms forms, FormProblem problem) throws ApiException {
        SuccessionPlan plan = new SuccessionPlansApi(user.api()).getSuccessionPlan(id);
        List<Option> planned = plan.getCandidates().stream()
                .filter(candidate -> candidate.getStatus() == CandidateStatus.PLANNED)
                .map(candidate -> new Option(candidate.getId().toString(), candidate.getFullName()))
                .toList();
        return Templates.plan(
                user,
                title(plan),
                plan,
                new OrganizationsApi(user.api()).getOrganization(plan.getOrganizationId(), null),
                forms,
                ActiveMembers.chosen(user.api(), FormFields.id(forms.candidate().memberId)),
                planned,
                Option.of(List.of(RemovalReason.values()), user.labels()::removal_reason),
                problem);
    }
}
