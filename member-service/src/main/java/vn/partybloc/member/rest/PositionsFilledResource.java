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

@Path("/api/v1/positions/report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committee positions", description = "Members holding positions on committees (cấp ủy viên).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class PositionsFilledResource {

    private final PeriodReports reports;
    private final OrganizationScope scope;

    public PositionsFilledResource(PeriodReports reports, OrganizationScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "getPositionsFilled",
            summary = "Committee posts filled in a subtree in a period",
            description =
                    "Seats that started in [`from`, `to`] on committees of the subtree, per committee kind, position and appointment, with the distinct people who took them: the period report's posts filled (the article's 143 on executive and standing committees and inspection chairs and vice chairs, 195 on cell committees with 42 secretaries and 27 deputies).")
    @APIResponse(responseCode = "200", description = "The counts.")
    @APIResponse(responseCode = "400", description = "`from` or `to` missing or malformed, or `to` before `from`.")
    public PositionsFilledResponse positionsFilled(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    @NotNull
                    LocalDate from,
            @Parameter(description = ApiTexts.PERIOD_TO, example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    @NotNull
                    LocalDate to) {
        return PositionsFilledResponse.from(reports.positionsFilled(scope.subtreeRoot(organizationId), from, to));
    }
}
