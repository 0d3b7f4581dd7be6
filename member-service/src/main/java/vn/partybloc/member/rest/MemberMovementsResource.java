package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.OrganizationScope;
import vn.partybloc.member.domain.PeriodReports;

@Path("/api/v1/members/movements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members and their lifecycle.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class MemberMovementsResource {

    private final PeriodReports reports;
    private final OrganizationScope scope;

    public MemberMovementsResource(PeriodReports reports, OrganizationScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "getMemberMovements",
            summary = "Member movements of a subtree in a period",
            description =
                    "Admissions, transfers in (with a received organization or individually), moves between cells (within the subtree, into it, out of it), transfers out (with an organization transferred out or individually), deaths, strikings off, expulsions, exemptions and recognitions as full members recorded in [`from`, `to`] for the subtree: the members the period report's structural changes took away and brought (organization-service's `/api/v1/organizations/{id}/change-counts`).")
    @APIResponse(responseCode = "200", description = "The counts.")
    @APIResponse(responseCode = "400", description = "`from` or `to` missing or malformed, or `to` before `from`.")
    public MemberMovementsResponse movements(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    @NotNull
                    LocalDate from,
            @Parameter(description = ApiTexts.PERIOD_TO, example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    @NotNull
                    LocalDate to) {
        return MemberMovementsResponse.from(reports.movements(scope.subtreeRoot(organizationId), from, to));
    }
}
