package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CoursesApi;
import vn.partybloc.client.model.Course;

/**
 * Sửa thông tin khóa học: a course's details changed on a form filled with them, sent whole for the version shown (a
 * course changed since is refused, 412). A finished course is the API's to refuse (only an admin may change it), as
 * is a capacity below the members enrolled. For admins, organizers and secretaries.
 */
@Path("/khoa-hoc/{id}/sua-thong-tin")
@Produces(MediaType.TEXT_HTML)
public class CourseDetailsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(
                SignedIn user, Course course, CourseForm form, CourseForm.Choices choices, FormProblem problem);
    }

    private final SignedIn user;

    public CourseDetailsPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Course course = new CoursesApi(user.api()).getCourse(id);
        return Templates.edit(
                user, course, CourseForm.of(course), CourseForm.Choices.in(user.labels()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, @BeanParam CourseForm form) throws ApiException {
        CoursesApi courses = new CoursesApi(user.api());
        Course course = courses.getCourse(id);
        return FormProblem.sent(
                () -> courses.replaceCourse(id, form.request(course.getOrganizationId()), form.ifMatch()),
                saved -> "/khoa-hoc/" + id,
                problem -> Templates.edit(user, course, form, CourseForm.Choices.in(user.labels()), problem));
    }
}
