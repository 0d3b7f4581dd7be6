package vn.partybloc.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.TrainingReportsApi;
import vn.partybloc.client.model.ObligationReport;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.TopicReport;
import vn.partybloc.kernel.BlocZone;

/**
 * Bồi dưỡng: an organization's subtree on a day, its new committee members' training against the Committee's 100%
 * target (how many are overdue, the figure the department follows up) and the courses and people trained by topic.
 */
@Path("/to-chuc/{id}/boi-duong")
@Produces(MediaType.TEXT_HTML)
public class TrainingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance training(
                SignedIn user,
                Organization organization,
                LocalDate asOf,
                ObligationReport coverage,
                TopicReport topics);
    }

    private final SignedIn user;

    public TrainingPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance training(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) throws ApiException {
        LocalDate day = asOf == null ? BlocZone.today() : asOf;
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        TrainingReportsApi reports = new TrainingReportsApi(user.api());
        ObligationReport coverage = reports.getObligationCoverage(day, null, id, null);
        TopicReport topics = reports.getTrainingByTopic(day, null, id, null);
        return Templates.training(user, organization, day, coverage, topics);
    }
}
