package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import vn.partybloc.client.api.TrainingObligationsApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.ObligationStatus;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.PageObligationResponse;
import vn.partybloc.client.model.TrainingObligation;

/**
 * Chưa bồi dưỡng quá hạn: the new committee members of a subtree whose training is overdue now, by name, earliest due
 * first, a page at a time and as a spreadsheet: the people the department follows up. An obligation carries the
 * member's id, so each name is read as the user may read it (a name the user may not read is the API's words instead).
 */
@Path("/to-chuc/{id}/boi-duong/qua-han")
@Produces(MediaType.TEXT_HTML)
public class OverdueTrainingPage {

    static final int PAGE_SIZE = 20;

    /** An overdue obligation and its member, or the problem's words when the member could not be read. */
    public record Overdue(TrainingObligation obligation, Part<Member> member) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overdue(
                SignedIn user,
                Organization organization,
                Part<List<Overdue>> overdue,
                String previousPage,
                String nextPage);
    }

    private final SignedIn user;

    public OverdueTrainingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance overdue(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page)
            throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        int from = Math.max(page, 0);
        Part<PageObligationResponse> found =
                Part.of(() -> obligations().listObligations(id, from, PAGE_SIZE, "dueOn", ObligationStatus.OVERDUE));
        MemberNames names = new MemberNames(user.api());
        PageLinks links = PageLinks.of(
                "/to-chuc/" + id + "/boi-duong/qua-han?page=",
                from,
                PAGE_SIZE,
                found.map(PageObligationResponse::getTotal).value());
        return Templates.overdue(
                user,
                organization,
                found.map(obligations -> named(obligations.getItems(), names)),
                links.previous(),
                links.next());
    }

    /** Every overdue obligation of the subtree as a spreadsheet, a row each, earliest due first. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        Messages words = user.words();
        TrainingWords training = user.trainingWords();
        Labels labels = user.labels();
        Spreadsheet sheet = new Spreadsheet(
                training.overdue_of(organization.getName()),
                List.of(words.members(), words.position(), words.committee(), training.seated_on(), training.due_on()));
        for (Overdue row : named(all(id), new MemberNames(user.api()))) {
            TrainingObligation obligation = row.obligation();
            sheet.row(
                    row.member().map(Member::getFullName).valueOrProblem(),
                    labels.position_kind(obligation.getPosition()),
                    labels.committee_kind(obligation.getCommitteeKind()),
                    obligation.getStartsOn(),
                    obligation.getDueOn());
        }
        return sheet.download(training.overdue() + " " + organization.getName());
    }

    private List<TrainingObligation> all(UUID id) throws ApiException {
        TrainingObligationsApi obligations = obligations();
        return EveryPage.of(
                page -> obligations.listObligations(id, page, EveryPage.LARGEST, "dueOn", ObligationStatus.OVERDUE),
                PageObligationResponse::getItems,
                PageObligationResponse::getTotal);
    }

    private static List<Overdue> named(List<TrainingObligation> obligations, MemberNames names) {
        return obligations.stream()
                .map(obligation -> new Overdue(obligation, names.of(obligation.getMemberId())))
                .toList();
    }

    private TrainingObligationsApi obligations() {
        return new TrainingObligationsApi(user.api());
    }
}
