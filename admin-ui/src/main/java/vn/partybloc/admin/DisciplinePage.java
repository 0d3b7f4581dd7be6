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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.DisciplineApi;
import vn.partybloc.client.api.OrganizationDisciplineApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.DisciplineCase;
import vn.partybloc.client.model.DisciplineReport;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationDisciplineCase;
import vn.partybloc.client.model.OrganizationDisciplineCounts;
import vn.partybloc.client.model.PageDisciplineCaseResponse;
import vn.partybloc.kernel.BlocZone;

/**
 * Kỷ luật: an organization's subtree in one year, its discipline as counts (cases of members and of organizations by
 * form, deciding level and category, appeals, complaints and denunciations), which every reader may see; and, for
 * the roles that may read them, the cases of members opened that year with the members' names, a page at a time, and
 * the cases against organizations with the organizations' names.
 */
@Path("/to-chuc/{id}/ky-luat")
@Produces(MediaType.TEXT_HTML)
public class DisciplinePage {

    static final int PAGE_SIZE = 20;

    /** A figure for members and for organizations: null where it does not apply to one of them. */
    public record Figure(String label, Long members, Long organizations) {}

    /** Figures under one heading: the totals, by form, by deciding level, by category, appeals by outcome. */
    public record Group(String title, List<Figure> figures) {}

    /** Complaints and denunciations of one kind. */
    public record Complaints(String kind, Long received, Long resolved, Long overdue) {}

    /** A case and its member, or the problem's words when the member could not be read. */
    public record CaseRow(DisciplineCase disciplineCase, Part<Member> member) {}

    /** A case against an organization and the organization, or the problem's words when it could not be read. */
    public record OrganizationCaseRow(OrganizationDisciplineCase disciplineCase, Part<Organization> organization) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance discipline(
                SignedIn user,
                Organization organization,
                int year,
                LocalDate to,
                List<Group> groups,
                List<Complaints> complaints,
                Part<List<CaseRow>> cases,
                String previousPage,
                String nextPage,
                Part<List<OrganizationCaseRow>> organizationCases);
    }

    private record Figures(Organization organization, int year, LocalDate to, DisciplineReport report) {}

    private final SignedIn user;

    public DisciplinePage(SignedIn user) {
        this.user = user;
    }

    /** Without a year, this one up to today. */
    @GET
    public TemplateInstance discipline(
            @PathParam("id") UUID id, @QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page)
            throws ApiException {
        Figures figures = figures(id, year);
        int from = Math.max(page, 0);
        Part<PageDisciplineCaseResponse> found = Part.of(
                () -> new DisciplineApi(user.api()).listDisciplineCases(id, from, PAGE_SIZE, null, figures.year()));
        Part<List<CaseRow>> cases = found.map(casesPage -> rows(casesPage.getItems()));
        PageLinks links = PageLinks.of(
                "/to-chuc/" + id + "/ky-luat?year=" + figures.year() + "&page=",
                from,
                PAGE_SIZE,
                found.map(PageDisciplineCaseResponse::getTotal).value());
        return Templates.discipline(
                user,
                figures.organization(),
                figures.year(),
                figures.to(),
                groups(user.disciplineWords(), user.labels(), figures.report()),
                complaints(user.labels(), figures.report()),
                cases,
                links.previous(),
                links.next(),
                Part.of(() -> organizationRows(new OrganizationDisciplineApi(user.api())
                        .listOrganizationDisciplineCases(id, 0, PAGE_SIZE, null, figures.year())
                        .getItems())));
    }

    /** The page's counts as a spreadsheet: one row a figure, the members' first, then the organizations'. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id, @QueryParam("year") Integer year) throws ApiException {
        Figures figures = figures(id, year);
        Messages words = user.words();
        DisciplineWords discipline = user.disciplineWords();
        String title = discipline.discipline_of(figures.organization().getName(), figures.year());
        Spreadsheet sheet = new Spreadsheet(
                title + " " + Formats.day(LocalDate.of(figures.year(), 1, 1)) + " – " + Formats.day(figures.to()),
                List.of(words.figure(), words.value()));
        List<Group> groups = groups(discipline, user.labels(), figures.report());
        for (Group group : groups) {
            for (Figure figure : group.figures()) {
                if (figure.members() != null) {
                    sheet.row(words.nav_members() + ", " + group.title() + ": " + figure.label(), figure.members());
                }
            }
        }
        for (Group group : groups) {
            for (Figure figure : group.figures()) {
                if (figure.organizations() != null) {
                    sheet.row(
                            words.organizations() + ", " + group.title() + ": " + figure.label(),
                            figure.organizations());
                }
            }
        }
        for (Complaints kind : complaints(user.labels(), figures.report())) {
            sheet.row(kind.kind() + ": " + discipline.complaints_received(), kind.received());
            sheet.row(kind.kind() + ": " + discipline.complaints_resolved(), kind.resolved());
            sheet.row(kind.kind() + ": " + discipline.complaints_overdue(), kind.overdue());
        }
        return sheet.download(words.discipline() + " " + figures.organization().getName() + " " + figures.year());
    }

    static List<Group> groups(DisciplineWords words, Labels labels, DisciplineReport report) {
        OrganizationDisciplineCounts organizations = report.getOrganizationCases();
        return List.of(
                new Group(
                        words.cases(),
                        List.of(
                                new Figure(words.cases_opened(), report.getOpened(), organizations.getOpened()),
                                new Figure(words.cases_decided(), report.getDecided(), organizations.getDecided()),
                                new Figure(
                                        words.cases_open_at_end(), report.getOpenAtEnd(), organizations.getOpenAtEnd()),
                                new Figure(
                                        words.appeals_lodged(),
                                        report.getAppealsLodged(),
                                        organizations.getAppealsLodged()))),
                new Group(
                        words.by_form(), side(report.getByForm(), organizations.getByForm(), labels::discipline_form)),
                new Group(
                        words.by_deciding_level(),
                        side(report.getByLevel(), organizations.getByLevel(), labels::discipline_level)),
                new Group(
                        words.by_category(),
                        side(report.getByCategory(), organizations.getByCategory(), labels::discipline_category)),
                new Group(
                        words.appeals_resolved(),
                        side(report.getAppealsResolved(), organizations.getAppealsResolved(), labels::appeal_outcome)));
    }

    /** Each code of either map, in the API's order, with its count for members and for organizations. */
    private static List<Figure> side(
            Map<String, Long> members, Map<String, Long> organizations, Function<String, String> label) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        members.forEach((code, count) -> figures.put(code, new Figure(label.apply(code), count, null)));
        organizations.forEach((code, count) -> figures.merge(
                code,
                new Figure(label.apply(code), null, count),
                (forMembers, forOrganizations) -> new Figure(forMembers.label(), forMembers.members(), count)));
        return new ArrayList<>(figures.values());
    }

    static List<Complaints> complaints(Labels labels, DisciplineReport report) {
        return report.getComplaintsReceived().keySet().stream()
                .map(kind -> new Complaints(
                        labels.complaint_kind(kind),
                        report.getComplaintsReceived().get(kind),
                        report.getComplaintsResolved().get(kind),
                        report.getComplaintsOverdueAtEnd().get(kind)))
                .toList();
    }

    /** The cases with their members by name, one call a member (a page holds at most {@link #PAGE_SIZE}). */
    private List<CaseRow> rows(List<DisciplineCase> cases) {
        MemberNames names = new MemberNames(user.api());
        return cases.stream()
                .map(found -> new CaseRow(found, names.of(found.getMemberId())))
                .toList();
    }

    /**
     * The cases against organizations with the organizations by name, one call each: such cases are few, the first
     * {@link #PAGE_SIZE} of the year are listed.
     */
    private List<OrganizationCaseRow> organizationRows(List<OrganizationDisciplineCase> cases) {
        OrganizationsApi organizations = new OrganizationsApi(user.api());
        return cases.stream()
                .map(found -> new OrganizationCaseRow(
                        found, Part.of(() -> organizations.getOrganization(found.getOrganizationId(), null))))
                .toList();
    }

    private Figures figures(UUID id, Integer year) throws ApiException {
        LocalDate today = BlocZone.today();
        int asked = ApiYears.checked(year == null ? today.getYear() : year, user.words());
        LocalDate end = LocalDate.of(asked, 12, 31);
        LocalDate to = end.isAfter(today) ? today : end;
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        DisciplineReport report = new DisciplineApi(user.api()).getDisciplineReport(LocalDate.of(asked, 1, 1), to, id);
        return new Figures(organization, asked, to, report);
    }
}
