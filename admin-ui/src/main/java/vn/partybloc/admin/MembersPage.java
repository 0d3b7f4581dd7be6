package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.model.PageMemberResponse;

/**
 * Đảng viên: the members the user may see, found by name without regard to accents or case (the API's {@code q}), a
 * page at a time.
 */
@Path("/dang-vien")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                SignedIn user, String q, PageMemberResponse found, String previousPage, String nextPage);
    }

    private final SignedIn user;

    public MembersPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page)
            throws ApiException {
        String query = q == null || q.isBlank() ? null : q.strip();
        int from = Math.max(page, 0);
        PageMemberResponse found = new MembersApi(user.api())
                .listMembers(null, null, null, null, null, null, from, null, null, query, PAGE_SIZE, "fullName", null);
        boolean more = (long) (from + 1) * PAGE_SIZE < found.getTotal();
        return Templates.members(
                user, query, found, from > 0 ? pageUrl(query, from - 1) : null, more ? pageUrl(query, from + 1) : null);
    }

    private static String pageUrl(String q, int page) {
        return "/dang-vien?" + (q == null ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&") + "page="
                + page;
    }
}
