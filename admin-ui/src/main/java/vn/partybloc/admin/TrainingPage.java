package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
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
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CoursesApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.TrainingReportsApi;
import vn.partybloc.client.model.Course;
import vn.partybloc.client.model.ObligationReport;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.TopicFigures;
import vn.partybloc.client.model.TopicReport;
import vn.partybloc.kernel.BlocZone;

/**
 * Bồi dưỡng: an organization's subtree on a day, its new committee members' training against the Committee's 100%
 * target (how many are overdue, the figure the department follows up) and the courses and people trained by topic.
 */
@Path("/to-chuc/{id}/boi-duong")
@Produces(MediaType.TEXT_HTML)
public class TrainingPage {

    /** Courses listed: the subtree's latest, starting from a year before the day on. */
    static final int COURSES_SHOWN = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance training(
                SignedIn user,
                Organization organization,
                LocalDate asOf,
                ObligationReport coverage,
                TopicReport topics,
                Part<List<Course>> courses);
    }

    private record Figures(Organization organization, LocalDate day, ObligationReport coverage, TopicReport topics) {}

    private final SignedIn user;

    public TrainingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance training(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) throws ApiException {
        Figures figures = figures(id, asOf);
        LocalDate day = figures.day();
        Part<List<Course>> courses = Part.of(() -> new CoursesApi(user.api())
                .listCourses(day.minusYears(1), id, 0, null, COURSES_SHOWN, "startsOn,desc", null, null, null)
                .getItems());
        return Templates.training(user, figures.organization(), day, figures.coverage(), figures.topics(), courses);
    }

    /** The page's figures as a spreadsheet: one row a figure, in the page's language. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) throws ApiException {
        Figures figures = figures(id, asOf);
        Messages words = user.words();
        ObligationReport coverage = figures.coverage();
        String title = words.training_of(figures.organization().getName());
        Spreadsheet sheet = new Spreadsheet(
                        title + " " + Formats.day(figures.day()), List.of(words.figure(), words.value()))
                .row(words.obligations_due(), coverage.getDue())
                .row(words.obligations_fulfilled(), coverage.getFulfilled())
                .row(words.obligations_fulfilled() + ", " + words.on_time(), coverage.getFulfilledOnTime())
                .row(words.obligations_overdue(), coverage.getOverdue())
                .row(words.obligations_open(), coverage.getOpen())
                .row(words.obligations_closed(), coverage.getClosed())
                .row(words.trained_share(), Spreadsheet.Percent.of(coverage.getShareTrained()))
                .row(words.target(), Spreadsheet.Percent.of(coverage.getTargetShare()));
        topicRows(sheet, words, user.labels(), figures.topics());
        // No colon in a file's name: browsers write it as an underscore.
        return sheet.download(words.training() + " " + figures.organization().getName() + " " + figures.day());
    }

    /** Each topic's courses and people trained, two rows a topic (the overview's spreadsheet has them too). */
    static void topicRows(Spreadsheet sheet, Messages words, Labels labels, TopicReport report) {
        for (TopicFigures topic : report.getTopics()) {
            String name = labels.topic(topic.getTopic().name());
            sheet.row(name + ": " + words.courses(), topic.getCourses());
            sheet.row(name + ": " + words.attendees(), topic.getAttendees());
        }
    }

    private Figures figures(UUID id, LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        TrainingReportsApi reports = new TrainingReportsApi(user.api());
        return new Figures(
                organization,
                day,
                reports.getObligationCoverage(day, null, id, null),
                reports.getTrainingByTopic(day, null, id, null));
    }
}
