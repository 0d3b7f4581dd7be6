package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CoursesApi;
import vn.partybloc.client.api.EnrollmentsApi;
import vn.partybloc.client.model.CompletionResult;
import vn.partybloc.client.model.Course;
import vn.partybloc.client.model.CourseStatus;
import vn.partybloc.client.model.Enrollment;
import vn.partybloc.client.model.EnrollmentStatus;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.PageEnrollmentResponse;

/**
 * Khóa bồi dưỡng: a course (its topic, format, days, place, capacity and status) and its enrolled members with their
 * results; for those who keep members, a member found by name enrolled (htmx) while the course takes enrolments, and
 * how it ended for an enrolled member recorded while it runs, and the course moved on to its next status. Whom they may enrol and when are the API's rules
 * ({@code TRN-*}), shown on the form when broken.
 */
@Path("/khoa-hoc/{id}")
@Produces(MediaType.TEXT_HTML)
public class CoursePage {

    /** Enrolments shown: a course takes a few dozen members, seldom more. */
    static final int ENROLMENTS_SHOWN = 200;

    /** The course's forms: the one sent shows what was entered, the others are blank. */
    public record Forms(EnrolmentForm enrolment, CompletionForm completion, CourseStatusForm status) {

        static Forms blank() {
            return new Forms(EnrolmentForm.blank(), CompletionForm.blank(), CourseStatusForm.blank());
        }

        Forms with(EnrolmentForm sent) {
            return new Forms(sent, completion, status);
        }

        Forms with(CompletionForm sent) {
            return new Forms(enrolment, sent, status);
        }

        Forms with(CourseStatusForm sent) {
            return new Forms(enrolment, completion, sent);
        }
    }

    /** Where a course may go from each status, as the API allows ({@code TRN-COURSE-STATUS}). */
    private static final Map<CourseStatus, List<CourseStatus>> NEXT = Map.of(
            CourseStatus.PLANNED, List.of(CourseStatus.OPEN, CourseStatus.RUNNING, CourseStatus.CANCELLED),
            CourseStatus.OPEN, List.of(CourseStatus.RUNNING, CourseStatus.CANCELLED),
            CourseStatus.RUNNING, List.of(CourseStatus.FINISHED, CourseStatus.CANCELLED));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance course(
                SignedIn user,
                Course course,
                Part<List<Enrollment>> enrolments,
                Forms forms,
                List<Member> chosen,
                List<Option> enrolled,
                List<Option> results,
                FormProblem problem);

        static native TemplateInstance members(List<Member> members, String chosen);
    }

    private final SignedIn user;

    public CoursePage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance course(@PathParam("id") UUID id) throws ApiException {
        return page(id, Forms.blank(), FormProblem.NONE);
    }

    /** Every enrolment of the course as a spreadsheet, the class list: a row a member with their result, days as days. */
    @GET
    @Path("/bang-tinh")
    @Produces(Spreadsheet.XLSX)
    public Response spreadsheet(@PathParam("id") UUID id) throws ApiException {
        Course course = new CoursesApi(user.api()).getCourse(id);
        EnrollmentsApi enrollments = new EnrollmentsApi(user.api());
        Messages words = user.words();
        Labels labels = user.labels();
        Spreadsheet sheet = new Spreadsheet(
                course.getTitle(),
                List.of(
                        words.enrolled_member(),
                        words.enrollment_status(),
                        words.completion_result(),
                        words.completed_on(),
                        words.certificate_number()));
        for (Enrollment enrolment : EveryPage.of(
                page -> enrollments.listEnrollments(id, page, EveryPage.LARGEST, null),
                PageEnrollmentResponse::getItems,
                PageEnrollmentResponse::getTotal)) {
            sheet.row(
                    enrolment.getMemberName() == null ? enrolment.getMemberId().toString() : enrolment.getMemberName(),
                    labels.enrollment_status(enrolment.getStatus().name()),
                    enrolment.getResult() == null
                            ? null
                            : labels.completion_result(enrolment.getResult().name()),
                    enrolment.getCompletedOn(),
                    enrolment.getCertificateNumber());
        }
        return sheet.download(course.getTitle() + " " + words.enrolments());
    }

    @POST
    @Path("/ghi-danh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("id") UUID id, @BeanParam EnrolmentForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new EnrollmentsApi(user.api()).enrolMember(id, form.request(), form.idempotencyKey),
                enrolled -> "/khoa-hoc/" + id,
                problem -> page(id, Forms.blank().with(form), problem));
    }

    /** The active members whose name holds {@code q}, to choose the one to enrol. */
    @GET
    @Path("/ghi-danh/dang-vien")
    public TemplateInstance members(@QueryParam("q") String q) throws ApiException {
        return Templates.members(ActiveMembers.named(user.api(), q), null);
    }

    @POST
    @Path("/ket-qua")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @BeanParam CompletionForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new EnrollmentsApi(user.api()).recordCompletions(id, form.request(), form.idempotencyKey),
                recorded -> "/khoa-hoc/" + id,
                problem -> page(id, Forms.blank().with(form), problem));
    }

    /** Moves the course to the status of the button pressed: opened for enrolment, started, finished or cancelled. */
    @POST
    @Path("/trang-thai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") UUID id, @BeanParam CourseStatusForm form) throws ApiException {
        if (form.cancelsUnconfirmed()) {
            return Response.ok(page(id, Forms.blank().with(form), FormProblem.NONE))
                    .build();
        }
        return FormProblem.sent(
                form,
                () -> new CoursesApi(user.api())
                        .changeCourseStatus(id, form.request(), form.ifMatch(), form.idempotencyKey),
                changed -> "/khoa-hoc/" + id,
                problem -> page(id, Forms.blank().with(form), problem));
    }

    private TemplateInstance page(UUID id, Forms forms, FormProblem problem) throws ApiException {
        Course course = new CoursesApi(user.api()).getCourse(id);
        Part<List<Enrollment>> enrolments = Part.of(() -> new EnrollmentsApi(user.api())
                .listEnrollments(id, 0, ENROLMENTS_SHOWN, null)
                .getItems());
        List<Option> enrolled = enrolments.value() == null
                ? List.of()
                : enrolments.value().stream()
                        .filter(enrolment -> enrolment.getStatus() == EnrollmentStatus.ENROLLED)
                        .map(enrolment -> new Option(enrolment.getMemberId().toString(), enrolment.getMemberName()))
                        .toList();
        return Templates.course(
                user,
                course,
                enrolments,
                forms,
                ActiveMembers.chosen(user.api(), FormFields.id(forms.enrolment().memberId)),
                enrolled,
                Option.of(List.of(CompletionResult.values()), user.labels()::completion_result),
                problem);
    }

    /** The statuses the course may be moved to next: none once finished or cancelled. */
    @TemplateExtension
    static List<CourseStatus> nextStatuses(Course course) {
        return NEXT.getOrDefault(course.getStatus(), List.of());
    }

    /** Whether the course still takes enrolments: not once finished or cancelled (an admin's late ones aside). */
    @TemplateExtension
    static boolean takesEnrolments(Course course) {
        return course.getStatus() != CourseStatus.FINISHED && course.getStatus() != CourseStatus.CANCELLED;
    }

    /** Whether its results may be recorded: while it runs, or once finished (an admin's). */
    @TemplateExtension
    static boolean takesResults(Course course) {
        return course.getStatus() == CourseStatus.RUNNING || course.getStatus() == CourseStatus.FINISHED;
    }
}
