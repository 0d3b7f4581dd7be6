package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.OrganizationDisciplineAppeal;
import vn.partybloc.evaluation.domain.OrganizationDisciplineAppeals;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;

@Path("/api/v1/organization-discipline-cases/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organization discipline")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR})
public class OrganizationDisciplineAppealResource {

    private static final String SENSITIVE = " Read as the case is.";

    private final OrganizationDisciplineAppeals appeals;

    public OrganizationDisciplineAppealResource(OrganizationDisciplineAppeals appeals) {
        this.appeals = appeals;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listOrganizationDisciplineAppeals",
            summary = "An organization discipline case's appeals, oldest first",
            description = "Each appeal with its outcome once resolved." + SENSITIVE)
    public List<OrganizationDisciplineAppealResponse> list(@PathParam("id") UUID caseId) {
        return appeals.of(caseId).stream()
                .map(OrganizationDisciplineAppealResponse::from)
                .toList();
    }

    @GET
    @Path("/{appealId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getOrganizationDisciplineAppeal",
            summary = "Read an organization's appeal",
            description = "The appeal, its outcome once resolved, and its `ETag`." + SENSITIVE)
    public RestResponse<OrganizationDisciplineAppealResponse> get(
            @PathParam("id") UUID caseId, @PathParam("appealId") UUID appealId) {
        return ok(appeals.get(caseId, appealId));
    }

    @POST
    @Operation(
            operationId = "lodgeOrganizationDisciplineAppeal",
            summary = "Record the disciplined organization's appeal",
            description = "As a member's appeal (`lodgeDisciplineAppeal`): against the decision in force, with no "
                    + "appeal of it pending (`DIS-APPEAL-FLOW`), within the appeal terms' time of receiving it (one "
                    + "month, Điều lệ Đảng Điều 39 khoản 7, which gives organizations the members' right: "
                    + "`DIS-APPEAL-DEADLINE`), to a standing or inspection committee of an organization above the body "
                    + "that decided it, or to the standing committee over its own inspection committee's decision "
                    + "(`DIS-APPEAL-BODY`, QĐ 22-QĐ/TW Điều 22).")
    @APIResponse(
            responseCode = "201",
            description = "Lodged; `Location` names the appeal.",
            content = @Content(schema = @Schema(implementation = OrganizationDisciplineAppealResponse.class)))
    public RestResponse<OrganizationDisciplineAppealResponse> lodge(
            @PathParam("id") UUID caseId, @NotNull @Valid DisciplineAppealRequest request, @Context UriInfo uri) {
        OrganizationDisciplineAppeal a = appeals.lodge(caseId, request.lodging());
        return RestResponse.ResponseBuilder.<OrganizationDisciplineAppealResponse>created(
                        uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .tag(ETags.of(a.version))
                .entity(OrganizationDisciplineAppealResponse.from(a))
                .build();
    }

    @POST
    @Path("/{appealId}/resolution")
    @Operation(
            operationId = "resolveOrganizationDisciplineAppeal",
            summary = "Record the outcome of an organization's appeal",
            description = "Once, not before it was lodged (`DIS-APPEAL-FLOW`). `CHANGED` names a form other than the "
                    + "one in force (`DIS-APPEAL-OUTCOME`) that some body's competence names (`DIS-COMPETENCE`: no "
                    + "appeal changes a decision to a dissolution while no verified source says who decides one); "
                    + "`ANNULLED` makes the case `ANNULLED`, and it no longer counts in the discipline report. Nothing "
                    + "is published.")
    public RestResponse<OrganizationDisciplineAppealResponse> resolve(
            @PathParam("id") UUID caseId,
            @PathParam("appealId") UUID appealId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganizationDisciplineAppealResolutionRequest request) {
        return ok(appeals.resolve(caseId, appealId, ifMatch, request.resolution()));
    }

    private static RestResponse<OrganizationDisciplineAppealResponse> ok(OrganizationDisciplineAppeal a) {
        return RestResponse.ResponseBuilder.ok(OrganizationDisciplineAppealResponse.from(a))
                .tag(ETags.of(a.version))
                .build();
    }
}
