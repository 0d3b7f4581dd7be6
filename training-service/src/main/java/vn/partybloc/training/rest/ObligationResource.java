package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;
import vn.partybloc.training.domain.ObligationQueries;
import vn.partybloc.training.domain.ObligationStatus;
import vn.partybloc.training.domain.OrganizationScope;
import vn.partybloc.training.domain.ReportService;
import vn.partybloc.training.domain.TrainingObligation;

@Path("/api/v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Training obligations",
        description = "Obligations of newly added committee members to be trained in party work. "
                + "They follow member-service's position events; nobody writes them directly.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class ObligationResource {

    private final ObligationQueries queries;
    private final ReportService reports;
    private final OrganizationScope scope;

    public ObligationResource(ObligationQueries queries, ReportService reports, OrganizationScope scope) {
        this.scope = scope;
        this.queries = queries;
        this.reports = reports;
    }

    @GET
    @Operation(
            operationId = "listObligations",
            summary = "Training obligations of a subtree, earliest due first",
            description = "Without `organizationId`, everything the caller may see (a secretary: their own subtree).")
    @APIResponse(responseCode = "200", description = "A page of obligations.")
    @APIResponse(
            responseCode = "404",
            description = "Unknown `organizationId`, or outside a secretary's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<ObligationResponse> list(
            @Parameter(description = "Root of the subtree.") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this status.") @QueryParam("status") ObligationStatus status,
            @Valid @BeanParam PageRequest page) {
        page.orderBy(Set.of("dueOn"), "dueOn", f -> f); // one order only; refuses others
        return queries.search(organizationId, status, page.page, page.size).map(ObligationResponse::from);
    }

    @GET
    @Path("/report")
    @Tag(
            name = "Training reports",
            description = "Training by topic and the coverage of new committee members' obligations.")
    @Operation(
            operationId = "getObligationCoverage",
            summary = "Coverage of new committee members' training obligations",
            description =
                    "Due, fulfilled, overdue and open obligations of positions on committees of the subtree, as they stood "
                            + "at the end of `asOf` (default today), and the share trained against the 100% target.")
    @APIResponse(responseCode = "200", description = "The figures.")
    @APIResponse(
            responseCode = "404",
            description = "Unknown organization, or outside a secretary's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ObligationReportResponse obligations(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only positions started on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only positions started on or before this day.") @QueryParam("to") LocalDate to,
            @Parameter(description = "The day the figures are for.") @QueryParam("asOf") LocalDate asOf) {
        return ObligationReportResponse.from(reports.obligations(scope.subtreeRoot(organizationId), from, to, asOf));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getObligation",
            summary = "Read a training obligation",
            description =
                    "A training obligation opened when a member first joined a committee, with its due date and the "
                            + "completion that fulfilled it, if any. Every reader role may call it; a secretary only inside "
                            + "their own subtree (404 otherwise).")
    public RestResponse<ObligationResponse> get(@PathParam("id") UUID id) {
        TrainingObligation o = queries.get(id);
        return RestResponse.ResponseBuilder.ok(ObligationResponse.from(o))
                .tag(ETags.of(o.version))
                .build();
    }
}
