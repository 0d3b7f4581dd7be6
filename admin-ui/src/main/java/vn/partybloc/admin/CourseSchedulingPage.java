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
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Organization;

/**
 * Lên lịch khóa bồi dưỡng: a course scheduled by an organization from its training page, then shown on its own page,
 * planned. Whether the organization may hold it and a secretary's subtree are the API's rules, shown on the form when
 * broken. For admins, organizers and secretaries.
 */
@Path("/to-chuc/{id}/boi-duong/khoa-hoc-moi")
@Produces(MediaType.TEXT_HTML)
public class CourseSchedulingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(
                SignedIn user,
                Organization organization,
                CourseForm form,
                CourseForm.Choices choices,
                FormProblem problem);
    }

    private final SignedIn user;

    public CourseSchedulingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        return page(id, CourseForm.blank(), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") UUID id, @BeanParam CourseForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new CoursesApi(user.api()).scheduleCourse(form.request(id), form.idempotencyKey),
                scheduled -> "/khoa-hoc/" + scheduled.getId(),
                problem -> page(id, form, problem));
    }

    private TemplateInstance page(UUID id, CourseForm form, FormProblem problem) throws ApiException {
        return Templates.schedule(
                user,
                new OrganizationsApi(user.api()).getOrganization(id, null),
                form,
                CourseForm.Choices.in(user.labels()),
                problem);
    }
}
