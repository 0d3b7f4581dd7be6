package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.api.TrainingRecordsApi;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberEvent;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.PageMemberResponse;
import vn.partybloc.client.model.PageReviewResponse;
import vn.partybloc.client.model.SubjectKind;
import vn.partybloc.client.model.TrainingRecord;

/**
 * Đảng viên: the members the user may see, found by name without regard to accents or case (the API's {@code q}) and
 * narrowed to an organization's subtree, a status, a kind or a degree, a page at a time; and a member's page: their
 * details as far as the user's role may read them, their history, training record and ratings.
 */
@Path("/dang-vien")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    static final int PAGE_SIZE = 20;
    /** A spreadsheet holds at most this many members, asked 500 (the API's largest page) at a time. */
    static final int SPREADSHEET_ROWS = 20_000;

    private static final int API_PAGE = 500;
    private static final int RATINGS_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                SignedIn user,
                MemberSearch search,
                Part<Organization> within,
                PageMemberResponse found,
                String previousPage,
                String nextPage,
                String spreadsheet);

        static native TemplateInstance member(
                SignedIn user,
                Member member,
                Part<Organization> organization,
                Part<List<MemberEvent>> history,
                Part<TrainingRecord> training,
                Part<PageReviewResponse> ratings);
    }

    private final SignedIn user;

    public MembersPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance search(@BeanParam MemberSearch search) throws ApiException {
        int from = Math.max(search.page, 0);
        PageMemberResponse found = page(search, from, PAGE_SIZE);
        Part<Organization> within = search.organizationId == null
                ? new Part<>(null, null)
                : Part.of(() -> new OrganizationsApi(user.api()).getOrganization(search.organizationId, null));
        PageLinks pages = PageLinks.of(search.pagePath(), from, PAGE_SIZE, found.getTotal());
        return Templates.members(user, search, within, found, pages.previous(), pages.next(), search.spreadsheetUrl());
    }

    /** The members the search finds, as a spreadsheet in the page's language (the first 20,000 when there are more). */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@BeanParam MemberSearch search) throws ApiException {
        Messages words = user.words();
        Labels labels = user.labels();
        Spreadsheet sheet = null;
        for (int from = 0; ; from++) {
            PageMemberResponse found = page(search, from, API_PAGE);
            if (sheet == null) {
                sheet = new Spreadsheet(
                        words.members_found(Formats.grouped(found.getTotal())),
                        List.of(
                                words.full_name(),
                                words.date_of_birth(),
                                words.membership_kind(),
                                words.status(),
                                words.admitted_on()));
            }
            for (Member member : found.getItems()) {
                sheet.row(
                        member.getFullName(),
                        member.getDateOfBirth(),
                        labels.kind(member.getMembershipKind().name()),
                        labels.status(member.getStatus().name()),
                        member.getAdmittedOn());
            }
            long shown = (long) (from + 1) * API_PAGE;
            if (found.getItems().isEmpty() || shown >= found.getTotal() || shown >= SPREADSHEET_ROWS) {
                return sheet.download(words.nav_members());
            }
        }
    }

    private PageMemberResponse page(MemberSearch search, int page, int size) throws ApiException {
        return new MembersApi(user.api())
                .listMembers(
                        null,
                        null,
                        search.degree == null ? null : List.of(search.degree),
                        search.organizationId == null ? null : true,
                        search.kind == null ? null : List.of(search.kind),
                        search.organizationId,
                        page,
                        null,
                        null,
                        search.name(),
                        size,
                        "fullName",
                        search.status == null ? null : List.of(search.status));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance member(@PathParam("id") UUID id) throws ApiException {
        Member member = new MembersApi(user.api()).getMember(id, null);
        return Templates.member(
                user,
                member,
                Part.of(() -> new OrganizationsApi(user.api()).getOrganization(member.getOrganizationId(), null)),
                Part.of(() -> new MembersApi(user.api()).getMemberHistory(id)),
                Part.of(() -> new TrainingRecordsApi(user.api()).getTrainingRecord(id)),
                Part.of(() -> new ReviewsApi(user.api())
                        .listReviews(null, null, null, 0, RATINGS_SHOWN, null, null, id, SubjectKind.MEMBER)));
    }
}
