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
import vn.partybloc.client.api.OrganizationDisciplineApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.DisciplineCategory;
import vn.partybloc.client.model.Organization;
import vn.partybloc.kernel.BlocZone;

/**
 * Xem xét kỷ luật tổ chức đảng: a discipline case opened against an organization: the violation, its category and
 * day, and the standing or inspection committee of an organization above it that takes it up; then the case's page.
 * Which committee may take up which case is the API's rule, shown on the form when broken. For the inspection side
 * (admins, organizers, inspectors).
 */
@Path("/to-chuc/{id}/ky-luat/xem-xet")
@Produces(MediaType.TEXT_HTML)
public class OrganizationDisciplineOpeningPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance open(
                SignedIn user,
                Organization organization,
                DisciplineCaseForm form,
                DisciplineOpeningPage.Choices choices,
                FormProblem problem);
    }

    private final SignedIn user;

    public OrganizationDisciplineOpeningPage(SignedIn user) {
        this.user = user;
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) throws ApiException {
        Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
        DisciplineCaseForm form = DisciplineCaseForm.againstOrganization(
                organization.getParentId(), BlocZone.today().toString());
        return Templates.open(user, organization, form, choices(organization), FormProblem.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id, @BeanParam DisciplineCaseForm form) throws ApiException {
        return FormProblem.sent(
                form,
                () -> new OrganizationDisciplineApi(user.api())
                        .openOrganizationDisciplineCase(form.organizationRequest(id), form.idempotencyKey),
                opened -> "/ky-luat-to-chuc/" + opened.getId(),
                problem -> {
                    Organization organization = new OrganizationsApi(user.api()).getOrganization(id, null);
                    return Templates.open(user, organization, form, choices(organization), problem);
                });
    }

    private DisciplineOpeningPage.Choices choices(Organization organization) throws ApiException {
        Labels labels = user.labels();
        return new DisciplineOpeningPage.Choices(
                Option.of(List.of(DisciplineCategory.values()), labels::discipline_category),
                Option.of(
                        List.of(DisciplineBody.STANDING_COMMITTEE, DisciplineBody.INSPECTION_COMMITTEE),
                        labels::discipline_body),
                DisciplineBodies.above(user, organization.getId(), BlocZone.today()));
    }
}
