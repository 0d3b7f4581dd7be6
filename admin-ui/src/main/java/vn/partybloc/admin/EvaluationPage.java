package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.ReviewCyclesApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.model.Attainment;
import vn.partybloc.client.model.AttainmentCapViolation;
import vn.partybloc.client.model.AttainmentKindFigures;
import vn.partybloc.client.model.AttainmentTarget;
import vn.partybloc.client.model.AttainmentUnrated;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.ReviewCycle;
import vn.partybloc.kernel.BlocZone;

/**
 * Đánh giá, xếp loại: an organization's subtree in one yearly review cycle, as the ratings decided by a day stand
 * against the cycle's targets, the excellent cap checked in each grassroots organization, and who is not rated yet.
 */
@Path("/to-chuc/{id}/danh-gia")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPage {

    /** Unrated subjects listed on the page; the rest are counted. */
    static final int UNRATED_LISTED = 100;

    /** The levels, best first: the columns of the ratings table. */
    @TemplateGlobal
    static final List<String> ratingLevels =
            Stream.of(Level.values()).map(Level::name).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(
                SignedIn user,
                Organization organization,
                LocalDate asOf,
                Integer year,
                List<ReviewCycle> cycles,
                Attainment attainment);
    }

    private record Figures(Organization organization, LocalDate day, Attainment attainment) {}

    private final SignedIn user;

    public EvaluationPage(SignedIn user) {
        this.user = user;
    }

    /** Without a year, the latest cycle with ratings in the subtree (the API's choice). */
    @GET
    public TemplateInstance evaluation(
            @PathParam("id") UUID id, @QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf)
            throws ApiException {
        Figures figures = figures(id, year, asOf, UNRATED_LISTED);
        List<ReviewCycle> cycles =
                new ReviewCyclesApi(user.api()).listReviewCycles(0, 50, null).getItems();
        return Templates.evaluation(user, figures.organization(), figures.day(), year, cycles, figures.attainment());
    }

    /** The page's figures as a spreadsheet: one row a figure, in the page's language. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(
            @PathParam("id") UUID id, @QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf)
            throws ApiException {
        Figures figures = figures(id, year, asOf, 0);
        Messages words = user.words();
        Labels labels = user.labels();
        Attainment attainment = figures.attainment();
        String title = words.evaluation_of(figures.organization().getName(), attainment.getYear());
        Spreadsheet sheet =
                new Spreadsheet(title + " " + Formats.day(figures.day()), List.of(words.figure(), words.value()));
        for (AttainmentKindFigures kind : attainment.getSubjects()) {
            String name = labels.subject_kind(kind.getSubjectKind().name()) + ": ";
            sheet.row(name + words.to_be_rated(), kind.getSubjects());
            sheet.row(name + words.not_rated(), kind.getNotRated());
            for (String level : ratingLevels) {
                sheet.row(name + labels.level(level), rated(kind, level));
            }
        }
        targetRows(sheet, words, labels, attainment.getTargets());
        for (AttainmentCapViolation violation : attainment.getCap().getViolations()) {
            String name = violation.getName() + " ("
                    + labels.subject_kind(violation.getSubjectKind().name()) + "): ";
            sheet.row(name + labels.level(Level.EXCELLENT.name()), violation.getExcellent());
            sheet.row(name + words.allowed_excellent(), violation.getAllowedExcellent());
        }
        return sheet.download(words.evaluation() + " " + figures.organization().getName() + " " + attainment.getYear()
                + " " + figures.day());
    }

    /** Each target and the share reached, a row a target (the overview's spreadsheet has them too). */
    static void targetRows(Spreadsheet sheet, Messages words, Labels labels, List<AttainmentTarget> targets) {
        for (AttainmentTarget target : targets) {
            sheet.row(
                    labels.subject_kind(target.getSubjectKind().name()) + ": "
                            + labels.metric(target.getMetric().name()) + " ("
                            + words.target() + " "
                            + labels.comparison(target.getComparison().name())
                            + " " + Formats.percent(target.getPercent().doubleValue()) + ")",
                    Spreadsheet.Percent.of(target.getActualPercent()));
        }
    }

    /** How many of a kind were rated at a level: 0 where the API lists none. */
    @TemplateExtension
    static int rated(AttainmentKindFigures kind, String level) {
        Integer count = kind.getByLevel() == null ? null : kind.getByLevel().get(level);
        return count == null ? 0 : count;
    }

    /** The console's page of an unrated subject: a member's, a committee's or an organization's. */
    @TemplateExtension
    static String href(AttainmentUnrated subject) {
        return switch (subject.getSubjectKind()) {
            case MEMBER, COMMITTEE_MEMBER -> "/dang-vien/" + subject.getSubjectId();
            case COLLECTIVE_COMMITTEE -> "/cap-uy/" + subject.getSubjectId();
            default -> "/to-chuc/" + subject.getSubjectId();
        };
    }

    private Figures figures(UUID id, Integer year, LocalDate asOf, int unratedListed) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        Attainment attainment = new ReviewsApi(user.api()).getAttainment(day, id, unratedListed, year);
        return new Figures(organization, day, attainment);
    }
}
