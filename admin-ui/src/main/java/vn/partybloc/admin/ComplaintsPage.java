package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.partybloc.client.api.ComplaintsApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Complaint;
import vn.partybloc.client.model.ComplaintChannel;
import vn.partybloc.client.model.ComplaintKind;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.PageComplaintResponse;
import vn.partybloc.kernel.BlocZone;

/**
 * Đơn thư khiếu nại, tố cáo: the complaints and denunciations about a subtree's members and organizations, in the
 * API's order (by the day received), a page at a time, each with what it is about by name and its deadlines; and one received on a form, about the
 * organization or a member of it found by name, assigned to the inspection committee of the organization or one above
 * it. Who may read which (a secretary no denunciation) and who may resolve which are the API's rules. For the
 * inspection side (admins, organizers, inspectors).
 */
@Path("/to-chuc/{id}/don-thu")
@Produces(MediaType.TEXT_HTML)
public class ComplaintsPage {

    static final int PAGE_SIZE = 20;

    /** A complaint and what it is about, by name, or the problem's words when that could not be read. */
    public record Row(Complaint complaint, Part<String> subject) {}

    /** The lists the form chooses from, in the page's language. */
    public record Choices(List<Option> kinds, List<Option> channels, List<Option> assignees) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance complaints(
                SignedIn user,
                Organization organization,
                Part<List<Row>> complaints,
                String previousPage,
                String nextPage);

        static native TemplateInstance receive(
                SignedIn user,
                Organization organization,
                ComplaintForm form,
                Choices choices,
                List<Member> members,
                FormProblem problem);

        static native TemplateInstance members(List<Member> members, String chosen);
    }

    private final SignedIn user;

    public ComplaintsPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance complaints(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page)
            throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        int from = Math.max(page, 0);
        Part<PageComplaintResponse> found =
                Part.of(() -> new ComplaintsApi(user.api()).listComplaints(null, id, from, PAGE_SIZE, null));
        SubjectNames names = new SubjectNames(user.api());
        PageLinks links = PageLinks.of(
                "/to-chuc/" + id + "/don-thu?page=",
                from,
                PAGE_SIZE,
                found.map(PageComplaintResponse::getTotal).value());
        return Templates.complaints(
                user,
                organization,
                found.map(complaints -> complaints.getItems().stream()
                        .map(complaint -> new Row(complaint, names.of(complaint)))
                        .toList()),
                links.previous(),
                links.next());
    }

    /**
     * Every complaint of the subtree as a spreadsheet, in the API's order: a row each with what it is about by name
     * (or why that could not be read), the days as days.
     */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        ComplaintsApi complaints = new ComplaintsApi(user.api());
        List<Complaint> all = EveryPage.of(
                page -> complaints.listComplaints(null, id, page, EveryPage.LARGEST, null),
                PageComplaintResponse::getItems,
                PageComplaintResponse::getTotal);
        ComplaintWords words = user.complaintWords();
        Labels labels = user.labels();
        Spreadsheet sheet = new Spreadsheet(
                words.complaints_of(organization.getName()),
                List.of(
                        words.received_on(),
                        words.kind(),
                        words.subject(),
                        user.words().status(),
                        words.resolve_by(),
                        words.outcome()));
        SubjectNames names = new SubjectNames(user.api());
        for (Complaint complaint : all) {
            sheet.row(
                    complaint.getReceivedOn(),
                    labels.complaint_kind(complaint.getKind().name()),
                    names.of(complaint).valueOrProblem(),
                    labels.complaint_status(complaint.getStatus().name()),
                    complaint.getResolveBy(),
                    complaint.getOutcome() == null
                            ? null
                            : labels.complaint_outcome(complaint.getOutcome().name()));
        }
        return sheet.download(words.complaints_of(organization.getName()));
    }

    @GET
    @Path("/tiep-nhan")
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        ComplaintForm form = ComplaintForm.blank(id, BlocZone.today().toString());
        return Templates.receive(user, organization, form, choices(id), List.of(), FormProblem.NONE);
    }

    @POST
    @Path("/tiep-nhan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receive(@PathParam("id") UUID id, @BeanParam ComplaintForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new ComplaintsApi(user.api()).receiveComplaint(form.request(id), form.idempotencyKey),
                received -> "/don-thu/" + received.getId(),
                problem -> Templates.receive(
                        user,
                        new OrganizationsApi(user.api()).getOrganization(id, null),
                        form,
                        choices(id),
                        ActiveMembers.chosen(user.api(), FormFields.id(form.memberId)),
                        problem.named(List.of(new FormProblem.Rename("subjectMemberId", "memberId")))));
    }

    /** The active members whose name holds {@code q}, to choose the one the complaint is about. */
    @GET
    @Path("/tiep-nhan/dang-vien")
    public TemplateInstance members(@QueryParam("q") String q) throws ApiException {
        return Templates.members(ActiveMembers.named(user.api(), q), null);
    }

    private Choices choices(UUID id) throws ApiException {
        Labels labels = user.labels();
        return new Choices(
                Option.of(List.of(ComplaintKind.values()), labels::complaint_kind),
                Option.of(List.of(ComplaintChannel.values()), labels::complaint_channel),
                DisciplineBodies.fromItUp(user, id, BlocZone.today()));
    }
}
