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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.Review;
import vn.partybloc.client.model.ReviewAction;

/**
 * A review (đánh giá, xếp loại) of one subject in one cycle: where it stands in the flow, its levels at each step and
 * its history, with the form of its next step: proposal after the self-assessment, decision after the proposal,
 * publication after the decision. Who may take a step is the API's rule (only the superior body decides), shown on the
 * form when broken; the form is offered to admins, organizers and secretaries.
 */
@Path("/danh-gia/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(
                SignedIn user,
                Review review,
                Part<ReviewSubjects.Subject> subject,
                Part<List<ReviewAction>> history,
                ReviewStepForm form,
                List<Option> levels,
                FormProblem problem);
    }

    private final SignedIn user;

    public ReviewPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance review(@PathParam("id") UUID id) throws ApiException {
        Review review = new ReviewsApi(user.api()).getReview(id);
        return page(review, ReviewStepForm.blank(review.getVersion()), FormProblem.NONE);
    }

    /** Takes the review's next step: a proposal (de-xuat), a decision (quyet-dinh) or the publication (cong-bo). */
    @POST
    @Path("/{step: de-xuat|quyet-dinh|cong-bo}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @PathParam("step") String step, @BeanParam ReviewStepForm form)
            throws ApiException {
        ReviewsApi reviews = new ReviewsApi(user.api());
        FormProblem.Request<Review> request = switch (step) {
            case "de-xuat" -> () -> reviews.proposeRating(id, form.proposal(), form.ifMatch(), form.idempotencyKey);
            case "quyet-dinh" -> () -> reviews.decideRating(id, form.decision(), form.ifMatch(), form.idempotencyKey);
            default -> () -> reviews.publishRating(id, form.publication(), form.ifMatch(), form.idempotencyKey);
        };
        return FormProblem.sent(
                form, request, taken -> "/danh-gia/" + id, problem -> page(reviews.getReview(id), form, problem));
    }

    /** The path of the review's next step in the flow, or null when it has none (published, cancelled). */
    @TemplateExtension
    static String nextStep(Review review) {
        return switch (review.getStatus()) {
            case SELF_ASSESSED -> "de-xuat";
            case PROPOSED -> "quyet-dinh";
            case DECIDED -> "cong-bo";
            default -> null;
        };
    }

    private TemplateInstance page(Review review, ReviewStepForm form, FormProblem problem) {
        return Templates.review(
                user,
                review,
                Part.of(() -> ReviewSubjects.of(user, review.getSubjectKind(), review.getSubjectId())),
                Part.of(() -> new ReviewsApi(user.api()).getReviewHistory(review.getId())),
                form,
                Option.of(List.of(Level.values()), user.labels()::level),
                problem);
    }
}
