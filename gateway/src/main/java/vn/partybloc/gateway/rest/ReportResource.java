package vn.partybloc.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.gateway.reports.Overview;
import vn.partybloc.gateway.reports.OverviewService;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Composite reports assembled by the gateway from every service.")
public class ReportResource {

    private final OverviewService overview;

    public ReportResource(OverviewService overview) {
        this.overview = overview;
    }

    @GET
    @Path("/overview")
    @RolesAllowed({"admin", "organizer", "inspector", "viewer", "integration", "secretary"})
    @Operation(
            operationId = "getOverview",
            summary = "The Bloc's overview for a subtree",
            description =
                    "Organization counts by type, members, committee members and their qualifications, training by topic "
                            + "and ratings against targets, each from its own service, asked in parallel. A service that does not answer "
                            + "in time is marked in its section; the others are still returned. Each service applies the caller's "
                            + "role and organization scope.")
    public Overview overview(
            @Parameter(description = "Root of the subtree, e.g. the Bloc committee.") @QueryParam("orgId") @NotNull
                    UUID orgId,
            @Parameter(description = "Report as of the end of this date.") @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("X-Request-Id") String requestId) {
        return overview.overview(orgId, asOf, authorization, requestId);
    }
}
