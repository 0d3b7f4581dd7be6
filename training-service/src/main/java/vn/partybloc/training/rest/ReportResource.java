package vn.partybloc.training.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.security.Roles;
import vn.partybloc.training.domain.ReportService;

@Path("/api/v1/training/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Training reports",
        description = "Training by topic and the coverage of new committee members' obligations.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/topics")
    @Operation(
            operationId = "getTrainingByTopic",
            summary = "Courses and distinct people trained, by topic",
            description =
                    "For the subtree of `orgId` and courses starting in [`from`, `to`] (all time by default), counting "
                            + "completions up to `asOf`. The gateway's overview calls this. A secretary may ask for their own subtree only.")
    @APIResponse(responseCode = "200", description = "The figures.")
    @APIResponse(
            responseCode = "404",
            description = "Unknown organization, or outside a secretary's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public TopicReportResponse topics(
            @Parameter(description = "Root of the subtree.", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "First day of the period.", example = "2021-01-01") @QueryParam("from")
                    LocalDate from,
            @Parameter(description = "Last day of the period.", example = "2023-06-30") @QueryParam("to") LocalDate to,
            @Parameter(description = "Count completions up to the end of this day.") @QueryParam("asOf")
                    LocalDate asOf) {
        return TopicReportResponse.from(reports.topics(orgId, from, to, asOf));
    }

    @GET
    @Path("/obligations")
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
            @Parameter(description = "Root of the subtree.", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "Only positions started on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only positions started on or before this day.") @QueryParam("to") LocalDate to,
            @Parameter(description = "The day the figures are for.") @QueryParam("asOf") LocalDate asOf) {
        return ObligationReportResponse.from(reports.obligations(orgId, from, to, asOf));
    }
}
