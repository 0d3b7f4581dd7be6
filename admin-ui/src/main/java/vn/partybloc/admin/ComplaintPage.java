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
import vn.partybloc.client.api.ComplaintsApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.Complaint;
import vn.partybloc.client.model.ComplaintOutcome;
import vn.partybloc.client.model.ComplaintStatus;
import vn.partybloc.client.model.Organization;

/**
 * A complaint or denunciation: what it is about, its kind, day, channel, what it says and who sent it (as far as the
 * user may read them), the committee it is assigned to, its deadlines and outcome. For the inspection side the form of
 * its next steps: taking it up while only received, and resolving it until it is (one only received can only be
 * refused, NOT_ACCEPTED: the API's rule {@code CMP-FLOW}, shown on the form when broken).
 */
@Path("/don-thu/{id}")
@Produces(MediaType.TEXT_HTML)
public class ComplaintPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance complaint(
                SignedIn user,
                Complaint complaint,
                Part<String> subject,
                Part<Organization> assigned,
                ComplaintStepForm form,
                List<Option> outcomes,
                FormProblem problem);
    }

    private final SignedIn user;

    public ComplaintPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance complaint(@PathParam("id") UUID id) throws ApiException {
        Complaint complaint = complaints().getComplaint(id);
        return page(complaint, ComplaintStepForm.blank(complaint.getVersion()), FormProblem.NONE);
    }

    @POST
    @Path("/thu-ly")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") UUID id, @BeanParam ComplaintStepForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> complaints()
                        .acknowledgeComplaint(id, form.acknowledgement(), form.ifMatch(), form.idempotencyKey),
                acknowledged -> "/don-thu/" + id,
                problem -> page(complaints().getComplaint(id), form, problem));
    }

    @POST
    @Path("/giai-quyet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") UUID id, @BeanParam ComplaintStepForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> complaints().resolveComplaint(id, form.resolution(), form.ifMatch(), form.idempotencyKey),
                resolved -> "/don-thu/" + id,
                problem -> page(complaints().getComplaint(id), form, problem));
    }

    private TemplateInstance page(Complaint complaint, ComplaintStepForm form, FormProblem problem) {
        OrganizationsApi organizations = new OrganizationsApi(user.api());
        boolean open = complaint.getStatus() != ComplaintStatus.RESOLVED && user.handlesDiscipline();
        return Templates.complaint(
                user,
                complaint,
                new SubjectNames(user.api()).of(complaint),
                Part.of(() -> organizations.getOrganization(complaint.getAssignedOrganizationId(), null)),
                open ? form : null,
                Option.of(List.of(ComplaintOutcome.values()), user.labels()::complaint_outcome),
                problem);
    }

    private ComplaintsApi complaints() {
        return new ComplaintsApi(user.api());
    }
}
