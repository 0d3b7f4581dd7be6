package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.model.Attainment;
import vn.partybloc.client.model.MemberStatistics;
import vn.partybloc.client.model.OrganizationCounts;
import vn.partybloc.client.model.Overview;
import vn.partybloc.client.model.OverviewSections;
import vn.partybloc.client.model.TopicReport;
import vn.partybloc.kernel.BlocZone;

/**
 * Tổng quan: the figures of the user's part of the Bloc on a day, as the gateway's overview gives them, with bars
 * beside them; and the same figures as a spreadsheet.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(SignedIn user, LocalDate asOf, Overview overview);
    }

    private final SignedIn user;

    public OverviewPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance get(@QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        return Templates.overview(user, day, new ReportsApi(user.api()).getOverview(day, null, null));
    }

    /** The overview's figures as a spreadsheet: one row a figure, in the page's language. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        OverviewSections sections =
                new ReportsApi(user.api()).getOverview(day, null, null).getSections();
        Messages words = user.words();
        Labels labels = user.labels();
        Spreadsheet sheet =
                new Spreadsheet(words.nav_overview() + " " + Formats.day(day), List.of(words.figure(), words.value()));
        OrganizationCounts organizations = sections.getOrganizations().getData();
        if (organizations != null) {
            sheet.row(words.organizations_total(), organizations.getTotal());
            sheet.row(words.grassroots(), organizations.getGrassroots());
            organizations.getByType().forEach((type, count) -> sheet.row(labels.type(type), count));
        }
        MemberStatistics members = sections.getMembers().getData();
        if (members != null) {
            var committee = members.getGrassrootsCommitteeMembers();
            sheet.row(words.members_total(), members.getMembers().getTotal());
            sheet.row(words.committee_members(), committee.getTotal());
            sheet.row(words.doctors(), Spreadsheet.Percent.of(committee.getDoctorShare()));
            sheet.row(words.masters(), Spreadsheet.Percent.of(committee.getMasterShare()));
            sheet.row(words.women(), Spreadsheet.Percent.of(committee.getWomenShare()));
        }
        TopicReport training = sections.getTraining().getData();
        if (training != null) {
            TrainingPage.topicRows(sheet, words, labels, training);
        }
        Attainment evaluation = sections.getEvaluation().getData();
        if (evaluation != null) {
            EvaluationPage.targetRows(sheet, words, labels, evaluation.getTargets());
        }
        return sheet.download(words.nav_overview() + " " + day);
    }
}
