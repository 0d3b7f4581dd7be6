package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    private static final int RATINGS_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                SignedIn user,
                MemberSearch search,
                Part<Organization> within,
                PageMemberResponse found,
                String previousPage,
                String nextPage);

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
        PageMemberResponse found = new MembersApi(user.api())
                .listMembers(
                        null,
                        null,
                        search.degree == null ? null : List.of(search.degree),
                        search.organizationId == null ? null : true,
                        search.kind == null ? null : List.of(search.kind),
                        search.organizationId,
                        from,
                        null,
                        null,
                        search.name(),
                        PAGE_SIZE,
                        "fullName",
                        search.status == null ? null : List.of(search.status));
        Part<Organization> within = search.organizationId == null
                ? new Part<>(null, null)
                : Part.of(() -> new OrganizationsApi(user.api()).getOrganization(search.organizationId, null));
        boolean more = (long) (from + 1) * PAGE_SIZE < found.getTotal();
        return Templates.members(
                user,
                search,
                within,
                found,
                from > 0 ? search.pageUrl(from - 1) : null,
                more ? search.pageUrl(from + 1) : null);
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
