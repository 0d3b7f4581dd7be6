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
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.SuccessionPlansApi;
import vn.partybloc.client.api.TermsApi;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.SuccessionReport;
import vn.partybloc.client.model.SuccessionReportLine;
import vn.partybloc.client.model.SuccessionShares;

/**
 * Quy hoạch cán bộ: the succession plans of an organization's subtree, of every term or of the one asked for, a line a
 * plan (the organization, committee, position and term; the candidates planned, the women and young among them,
 * those flagged for review and those removed) leading to its page, the subtree's total against the targets (reported,
 * never enforced: domain rule 13); the same as a spreadsheet; and a plan opened for a position of the organization's
 * committee in the term after its latest. Personnel data: for admins, organizers, inspectors and secretaries (in
 * their subtree); opened by those who keep members.
 */
@Path("/to-chuc/{id}/quy-hoach")
@Produces(MediaType.TEXT_HTML)
public class SuccessionPage {

    /** A plan's line with its organization's name (a plan of the subtree may be an organization below). */
    public record Line(SuccessionReportLine line, Part<String> organization) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plans(
                SignedIn user,
                Organization organization,
                Integer termStartYear,
                Part<SuccessionReport> report,
                List<Line> lines);

        static native TemplateInstance create(
                SignedIn user,
                Organization organization,
                SuccessionPlanForm form,
                SuccessionPlanForm.Choices choices,
                FormProblem problem);
    }

    private final SignedIn user;

    public SuccessionPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance plans(@PathParam("id") UUID id, @QueryParam("termStartYear") Integer termStartYear)
            throws ApiException {
        ApiYears.checked(termStartYear, user.words());
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        Part<SuccessionReport> report =
                Part.of(() -> new SuccessionPlansApi(user.api()).getSuccessionReport(id, termStartYear));
        SubjectNames names = new SubjectNames(user.api());
        List<Line> lines = report.value() == null
                ? List.of()
                : report.value().getPlans().stream()
                        .map(line -> new Line(line, names.organization(line.getOrganizationId())))
                        .toList();
        return Templates.plans(user, organization, termStartYear, report, lines);
    }

    /** The report as a spreadsheet: a row a plan, then the subtree's total; shares as percent cells. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id, @QueryParam("termStartYear") Integer termStartYear)
            throws ApiException {
        ApiYears.checked(termStartYear, user.words());
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        SuccessionReport report = new SuccessionPlansApi(user.api()).getSuccessionReport(id, termStartYear);
        Messages words = user.words();
        SuccessionWords succession = user.successionWords();
        Labels labels = user.labels();
        Spreadsheet sheet = new Spreadsheet(
                succession.plans_of(organization.getName()),
                List.of(
                        words.organization(),
                        succession.committee_kind(),
                        succession.position(),
                        words.term(),
                        succession.planned(),
                        succession.women(),
                        succession.women_share(),
                        succession.young(),
                        succession.young_share(report.getTargets().getYoungUnder()),
                        succession.flagged(),
                        succession.removed()));
        SubjectNames names = new SubjectNames(user.api());
        for (SuccessionReportLine line : report.getPlans()) {
            sheet.row(cells(
                    names.organization(line.getOrganizationId()).valueOrProblem(),
                    labels.committee_kind(line.getCommitteeKind().name()),
                    labels.position_kind(line.getPosition().name()),
                    line.getTermStartYear() + "–" + line.getTermEndYear(),
                    line.getCandidates()));
        }
        sheet.row(cells(succession.total(), null, null, null, report.getTotal()));
        return sheet.download(
                succession.plans() + " " + organization.getName() + (termStartYear == null ? "" : " " + termStartYear));
    }

    private static Object[] cells(
            Object organization, String kind, String position, String term, SuccessionShares shares) {
        return new Object[] {
            organization,
            kind,
            position,
            term,
            shares.getPlanned(),
            shares.getWomen(),
            Spreadsheet.Percent.of(shares.getWomenShare()),
            shares.getYoung(),
            Spreadsheet.Percent.of(shares.getYoungShare()),
            shares.getFlagged(),
            shares.getRemoved()
        };
    }

    @GET
    @Path("/lap")
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, SuccessionPlanForm.following(new TermsApi(user.api()).listTerms(id)), FormProblem.NONE);
    }

    @POST
    @Path("/lap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") UUID id, @BeanParam SuccessionPlanForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new SuccessionPlansApi(user.api()).createSuccessionPlan(form.request(id), form.idempotencyKey),
                created -> "/quy-hoach/" + created.getId(),
                problem -> page(id, form, problem));
    }

    private TemplateInstance page(UUID id, SuccessionPlanForm form, FormProblem problem) throws ApiException {
        return Templates.create(
                user,
                new OrganizationsApi(user.api()).getOrganization(id, null),
                form,
                SuccessionPlanForm.Choices.in(user.labels()),
                problem);
    }
}
