package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.model.Level;

/**
 * Tự đánh giá: the review of a subject not rated yet in a cycle begins with its self-assessment, reached from the
 * ratings page's list of subjects not rated; then the review's page, for its next steps. For admins, organizers and
 * secretaries; whether the subject may be rated in the cycle is the API's rule, shown on the form.
 */
@Path("/danh-gia/tu-danh-gia")
@Produces(MediaType.TEXT_HTML)
public class SelfAssessmentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assess(
                SignedIn user,
                Part<ReviewSubjects.Subject> subject,
                SelfAssessmentForm form,
                List<Option> levels,
                FormProblem problem);
    }

    private final SignedIn user;

    public SelfAssessmentPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(
            @QueryParam("cycleId") String cycleId,
            @QueryParam("subjectKind") String subjectKind,
            @QueryParam("subjectId") String subjectId) {
        SelfAssessmentForm form = SelfAssessmentForm.of(cycleId, subjectKind, subjectId);
        if (form.request().getCycleId() == null
                || form.subjectKind() == null
                || form.request().getSubjectId() == null) {
            throw new BadRequestException(user.words().no_subject_to_assess());
        }
        return page(form, FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assess(@BeanParam SelfAssessmentForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new ReviewsApi(user.api()).selfAssess(form.request(), form.idempotencyKey),
                review -> "/danh-gia/" + review.getId(),
                problem -> page(form, problem));
    }

    private TemplateInstance page(SelfAssessmentForm form, FormProblem problem) {
        UUID subjectId = form.request().getSubjectId();
        return Templates.assess(
                user,
                Part.of(() -> ReviewSubjects.of(user, form.subjectKind(), subjectId)),
                form,
                Option.of(List.of(Level.values()), user.labels()::level),
                problem);
    }
}
