package vn.partybloc.admin;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.model.Degree;
import vn.partybloc.client.model.MemberStatus;
import vn.partybloc.client.model.MembershipKind;

/** What the member search was asked: the name as typed, and the filters, each by the API's own name and codes. */
public class MemberSearch {

    @QueryParam("q")
    String q;

    @QueryParam("organizationId")
    UUID organizationId;

    @QueryParam("status")
    MemberStatus status;

    @QueryParam("kind")
    MembershipKind kind;

    @QueryParam("degree")
    Degree degree;

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    /** The name to look for, or none when the box was left blank. */
    public String name() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public MembershipKind getKind() {
        return kind;
    }

    public Degree getDegree() {
        return degree;
    }

    public List<MemberStatus> statuses() {
        return List.of(MemberStatus.values());
    }

    public List<MembershipKind> kinds() {
        return List.of(MembershipKind.values());
    }

    public List<Degree> degrees() {
        return List.of(Degree.values());
    }

    /** The search's address for another page, with the same name and filters, but for the page's number at its end. */
    String pagePath() {
        List<String> query = filters();
        query.add("page=");
        return "/dang-vien?" + String.join("&", query);
    }

    /** The address of the spreadsheet of everything the search finds. */
    String spreadsheetUrl() {
        return "/dang-vien/bang-tinh?" + String.join("&", filters());
    }

    private List<String> filters() {
        List<String> query = new ArrayList<>();
        add(query, "q", name());
        add(query, "organizationId", organizationId);
        add(query, "status", status);
        add(query, "kind", kind);
        add(query, "degree", degree);
        return query;
    }

    private static void add(List<String> query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
