package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.OrganizationDisciplineService;
import vn.partybloc.evaluation.domain.OrganizationScope;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/organization-discipline-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organization discipline",
        description = "Kỷ luật tổ chức đảng: cases against party organizations, decided by the body competent at its "
                + "level (QĐ 69-QĐ/TW, QĐ 22-QĐ/TW Điều 12).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR})
public class OrganizationDisciplineCaseResource {

    private static final String SENSITIVE = " For an admin, organizer or inspector, and a secretary for organizations "
            + "of their own subtree (404 otherwise).";

    private final OrganizationDisciplineService service;
    private final OrganizationScope scope;

    public OrganizationDisciplineCaseResource(OrganizationDisciplineService service, OrganizationScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listOrganizationDisciplineCases",
            summary = "Discipline cases against organizations of a subtree, newest first",
            description = "Cases against the organizations of the subtree of `organizationId` (default: the caller's "
                    + "scope root), optionally opened in one year, paged." + SENSITIVE)
    @APIResponse(responseCode = "200", description = "A page of cases.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<OrganizationDisciplineCaseResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only cases opened in this year.") @QueryParam("year") @Min(2000) @Max(2200)
                    Integer year,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(
                service.of(scope.subtreeRoot(organizationId), year),
                page,
                "openedOn",
                OrganizationDisciplineCaseResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getOrganizationDisciplineCase",
            summary = "Read a discipline case against an organization",
            description = "The case, its decision once decided (and for a dissolution whether the organizer has "
                    + "carried it out), and its `ETag`." + SENSITIVE)
    public RestResponse<OrganizationDisciplineCaseResponse> get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Operation(
            operationId = "openOrganizationDisciplineCase",
            summary = "Open a discipline case against an organization",
            description = "The organization must be active in the register (`DIS-SUBJECT`); the body is the standing "
                    + "committee of an organization above it, or the inspection committee of an organization above the "
                    + "committee it is under; never a cell (`DIS-BODY`).")
    @APIResponse(
            responseCode = "201",
            description = "Opened; `Location` names the case.",
            content = @Content(schema = @Schema(implementation = OrganizationDisciplineCaseResponse.class)))
    public RestResponse<OrganizationDisciplineCaseResponse> open(
            @NotNull @Valid OrganizationDisciplineCaseRequest request, @Context UriInfo uri) {
        OrganizationDisciplineService.Handled h = service.open(request.opening());
        return RestResponse.ResponseBuilder.<OrganizationDisciplineCaseResponse>created(
                        uri.getAbsolutePathBuilder().path(h.c().id.toString()).build())
                .tag(ETags.of(h.c().version))
                .entity(OrganizationDisciplineCaseResponse.from(h))
                .build();
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(
            operationId = "decideOrganizationDisciplineCase",
            summary = "Decide a discipline case against an organization",
            description = "Once, on an open case, not before it was opened (`DIS-FLOW`), while the organization is "
                    + "active (`DIS-SUBJECT`); in a form the body may decide at its level (`DIS-COMPETENCE`, "
                    + "`GET /api/v1/organization-discipline-cases/competences`). Nothing is published: a dissolution "
                    + "is carried out by the organizer in organization-service, and the case then shows `dissolvedOn`.")
    public RestResponse<OrganizationDisciplineCaseResponse> decide(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganizationDisciplineDecisionRequest request) {
        return ok(service.decide(id, ifMatch, request.decision()));
    }

    @GET
    @Path("/competences")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(
            operationId = "listOrganizationDisciplineCompetences",
            summary = "Which body may decide which form against an organization, at which level",
            description = "The competence rules as data, each with the document and article it comes from. A form a "
                    + "body's level has no row for is refused (`DIS-COMPETENCE`): who decides a dissolution is not "
                    + "verified, so no row names it yet.")
    public List<OrganizationDisciplineCompetenceResponse> competences() {
        return service.competences().stream()
                .map(OrganizationDisciplineCompetenceResponse::from)
                .toList();
    }

    private static RestResponse<OrganizationDisciplineCaseResponse> ok(OrganizationDisciplineService.Handled h) {
        return RestResponse.ResponseBuilder.ok(OrganizationDisciplineCaseResponse.from(h))
                .tag(ETags.of(h.c().version))
                .build();
    }
}
