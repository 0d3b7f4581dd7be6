package vn.partybloc.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.gateway.reports.Overview;
import vn.partybloc.gateway.reports.OverviewService;
import vn.partybloc.gateway.reports.PeriodReport;
import vn.partybloc.gateway.reports.SubtreeRoot;
import vn.partybloc.kernel.ApiTexts;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Composite reports assembled by the gateway from every service.")
public class ReportResource {

    private final OverviewService overview;
    private final SubtreeRoot subtreeRoot;
    private final SecurityIdentity identity;

    public ReportResource(OverviewService overview, SubtreeRoot subtreeRoot, SecurityIdentity identity) {
        this.overview = overview;
        this.subtreeRoot = subtreeRoot;
        this.identity = identity;
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
    @APIResponse(
            responseCode = "200",
            description = "The overview, one section per service.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "400", description = "Malformed `organizationId` or `asOf`.")
    @APIResponse(responseCode = "404", description = "No `organizationId` given and the Bloc is not recorded.")
    @APIResponse(responseCode = "500", description = "Unexpected failure of the gateway itself.")
    public Overview overview(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Report as of the end of this date.") @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(
                            description =
                                    "Your id for this request, echoed back; a blank or longer one is replaced by a UUID.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @HeaderParam("X-Request-Id")
                    String requestId) {
        UUID root = subtreeRoot.of(organizationId, identity, authorization, requestId);
        return overview.overview(root, asOf, authorization, requestId);
    }

    @GET
    @Path("/period")
    @RolesAllowed({"admin", "organizer", "inspector", "viewer", "integration", "secretary"})
    @Operation(
            operationId = "getPeriodReport",
            summary = "The organization department's report on a subtree for a period",
            description =
                    "Structural changes by kind and type (organization-service), committee posts filled by committee kind, "
                            + "position and appointment, and member movements by kind, with the members who went or came with "
                            + "their organization (member-service), all for [`from`, `to`], asked in parallel: for the Bloc, the "
                            + "article's 2021 to 06/2023 report. A service that does not answer in time is marked in its section; "
                            + "the others are still returned. Each service applies the caller's role and organization scope.")
    @APIResponse(
            responseCode = "200",
            description = "The period report, one section per service operation.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeriodReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed `organizationId`, `from` or `to`, one of them missing, or `to` before `from`.")
    @APIResponse(responseCode = "404", description = "No `organizationId` given and the Bloc is not recorded.")
    @APIResponse(responseCode = "500", description = "Unexpected failure of the gateway itself.")
    public PeriodReport period(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    @NotNull
                    LocalDate from,
            @Parameter(description = ApiTexts.PERIOD_TO, example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    @NotNull
                    LocalDate to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(
                            description =
                                    "Your id for this request, echoed back; a blank or longer one is replaced by a UUID.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @HeaderParam("X-Request-Id")
                    String requestId) {
        UUID root = subtreeRoot.of(organizationId, identity, authorization, requestId);
        return overview.period(root, from, to, authorization, requestId);
    }
}
