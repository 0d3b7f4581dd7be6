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
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.model.Level;
import vn.partybloc.client.model.Review;

/**
 * Xếp loại lại: the only way to change a decided rating. The review is cancelled for a reason and a new one decided,
 * which names it; both stay in the trail. Then the new review's page. For admins, organizers and secretaries; who may
 * decide is the API's rule, shown on the form.
 */
@Path("/danh-gia/{id}/xep-loai-lai")
@Produces(MediaType.TEXT_HTML)
public class ReRatingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reRate(
                SignedIn user,
                Review review,
                Part<ReviewSubjects.Subject> subject,
                ReRatingForm form,
                List<Option> levels,
                FormProblem problem);
    }

    private final SignedIn user;

    public ReRatingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Review review = new ReviewsApi(user.api()).getReview(id);
        return page(review, ReRatingForm.blank(review.getVersion()), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reRate(@PathParam("id") UUID id, @BeanParam ReRatingForm form) throws ApiException {
        ReviewsApi reviews = new ReviewsApi(user.api());
        return FormProblem.sent(
                form,
                () -> reviews.reRate(id, form.request(), form.ifMatch(), form.idempotencyKey),
                decided -> "/danh-gia/" + decided.getId(),
                problem -> page(reviews.getReview(id), form, problem));
    }

    private TemplateInstance page(Review review, ReRatingForm form, FormProblem problem) {
        return Templates.reRate(
                user,
                review,
                Part.of(() -> ReviewSubjects.of(user, review.getSubjectKind(), review.getSubjectId())),
                form,
                Option.of(List.of(Level.values()), user.labels()::level),
                problem);
    }
}
