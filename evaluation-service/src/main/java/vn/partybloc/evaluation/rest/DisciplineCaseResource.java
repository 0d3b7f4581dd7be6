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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.DisciplineAppeals;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineCase;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.DisciplineService;
import vn.partybloc.evaluation.domain.OrganizationScope;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/discipline-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Discipline",
        description = "Kỷ luật đảng viên: cases against members, decided by the body competent at its level "
                + "(QĐ 69-QĐ/TW, QĐ 22-QĐ/TW).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR})
public class DisciplineCaseResource {

    private static final String SENSITIVE = " Sensitive personnel data: for an admin, organizer or inspector, and a "
            + "secretary for members of their own subtree (404 otherwise).";

    private final DisciplineService service;
    private final DisciplineAppeals appeals;
    private final OrganizationScope scope;

    public DisciplineCaseResource(DisciplineService service, DisciplineAppeals appeals, OrganizationScope scope) {
        this.service = service;
        this.appeals = appeals;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listDisciplineCases",
            summary = "Discipline cases of members of a subtree, newest first",
            description =
                    "Cases of members whose cell (when the case was opened) is in the subtree of `organizationId` "
                            + "(default: the caller's scope root), optionally opened in one year, paged." + SENSITIVE)
    @APIResponse(responseCode = "200", description = "A page of discipline cases.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<DisciplineCaseResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only cases opened in this year.") @QueryParam("year") @Min(2000) @Max(2200)
                    Integer year,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(
                service.of(scope.subtreeRoot(organizationId), year), page, "openedOn", DisciplineCaseResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getDisciplineCase",
            summary = "Read a discipline case",
            description = "The case, its decision once decided, and its `ETag`." + SENSITIVE)
    public RestResponse<DisciplineCaseResponse> get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Operation(
            operationId = "openDisciplineCase",
            summary = "Open a discipline case against a member",
            description = "The member must be on the register (`DIS-SUBJECT`); the body is the member's own cell, or a "
                    + "standing or inspection committee of an organization above it (`DIS-BODY`). The violation is free "
                    + "text about a person: it is never published.")
    @APIResponse(
            responseCode = "201",
            description = "Opened; `Location` names the case.",
            content = @Content(schema = @Schema(implementation = DisciplineCaseResponse.class)))
    public RestResponse<DisciplineCaseResponse> open(
            @NotNull @Valid DisciplineCaseRequest request, @Context UriInfo uri) {
        DisciplineCase c = service.open(request.opening());
        return RestResponse.ResponseBuilder.<DisciplineCaseResponse>created(
                        uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(ETags.of(c.version))
                .entity(DisciplineCaseResponse.from(c))
                .build();
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(
            operationId = "decideDisciplineCase",
            summary = "Decide a discipline case",
            description =
                    "Once, on an open case, not before it was opened (`DIS-FLOW`); in a form the body may decide at "
                            + "its level (`DIS-COMPETENCE`, `GET /api/v1/discipline-cases/competences`); a probationary member is "
                            + "only reprimanded or warned, and a removal from post names a position the member holds on the "
                            + "decision's date (`DIS-FORM`). Publishes DisciplineDecided: member-service expels the member or "
                            + "ends the position (reason `DISCIPLINE`) from `decidedOn`.")
    public RestResponse<DisciplineCaseResponse> decide(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DisciplineDecisionRequest request) {
        return ok(service.decide(id, ifMatch, request.decision()));
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(
            operationId = "getDisciplineReport",
            summary = "A subtree's discipline in a period, as counts",
            description = "Cases of members of the subtree of `organizationId` (default: the caller's scope root): "
                    + "opened in [`from`, `to`], decided in it by the form in force, level of the deciding body and "
                    + "category, still open at its end, appeals lodged and resolved in it by outcome, and complaints and "
                    + "denunciations about the subtree received, resolved and overdue at its end, by kind. Counts "
                    + "only, for every reader: no name, no violation, no content. The gateway's "
                    + "period report shows it as its `discipline` section.")
    @APIResponse(responseCode = "200", description = "The counts.")
    @APIResponse(responseCode = "400", description = "`from` or `to` missing or malformed, or `to` before `from`.")
    public DisciplineReportResponse report(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = ApiTexts.PERIOD_FROM, example = ApiTexts.PERIOD_FROM_EXAMPLE)
                    @QueryParam("from")
                    @NotNull
                    LocalDate from,
            @Parameter(description = ApiTexts.PERIOD_TO, example = ApiTexts.PERIOD_TO_EXAMPLE)
                    @QueryParam("to")
                    @NotNull
                    LocalDate to) {
        return DisciplineReportResponse.from(service.report(scope.subtreeRoot(organizationId), from, to));
    }

    @GET
    @Path("/competences")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(
            operationId = "listDisciplineCompetences",
            summary = "Which body may decide which form at which level",
            description = "The competence rules as data, each with the document and article it comes from, optionally "
                    + "of one body kind or level. A form a body's level has no row for is refused (`DIS-COMPETENCE`).")
    public List<DisciplineCompetenceResponse> competences(
            @Parameter(description = "Only this body kind.") @QueryParam("bodyKind") DisciplineBody bodyKind,
            @Parameter(description = "Only this level.") @QueryParam("bodyLevel") DisciplineLevel bodyLevel) {
        return service.competences().stream()
                .filter(k -> bodyKind == null || k.bodyKind == bodyKind)
                .filter(k -> bodyLevel == null || k.bodyLevel == bodyLevel)
                .map(DisciplineCompetenceResponse::from)
                .toList();
    }

    @GET
    @Path("/appeal-terms")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(
            operationId = "getDisciplineAppealTerms",
            summary = "How long a disciplined member has to appeal",
            description = "The time as data, with the document and article it comes from (`DIS-APPEAL-DEADLINE`).")
    public DisciplineAppealTermsResponse appealTerms() {
        return DisciplineAppealTermsResponse.from(appeals.terms());
    }

    private static RestResponse<DisciplineCaseResponse> ok(DisciplineCase c) {
        return RestResponse.ResponseBuilder.ok(DisciplineCaseResponse.from(c))
                .tag(ETags.of(c.version))
                .build();
    }
}
