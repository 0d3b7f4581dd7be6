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
import vn.partybloc.evaluation.domain.InspectionItem;
import vn.partybloc.evaluation.domain.InspectionPlan;
import vn.partybloc.evaluation.domain.InspectionService;
import vn.partybloc.evaluation.domain.OrganizationScope;
import vn.partybloc.evaluation.domain.ScreeningFinding;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/inspection-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Inspection plans",
        description = "Inspection and supervision plans per year and body, their items, findings and "
                + "conclusions; screening findings under Directive 28-CT/TW.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
public class InspectionPlanResource {

    private final InspectionService service;
    private final OrganizationScope scope;

    public InspectionPlanResource(InspectionService service, OrganizationScope scope) {
        this.scope = scope;
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listInspectionPlans",
            summary = "Plans of the bodies in a subtree, newest year first",
            description = "Plans of the bodies in the subtree of `organizationId` (default: the caller's scope root), "
                    + "optionally of one year, paged. Every reader role may call it; a secretary only for their own "
                    + "subtree (404 otherwise).")
    @APIResponse(responseCode = "200", description = "A page of inspection plans.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<InspectionPlanResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this year.") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(
                service.inSubtree(scope.subtreeRoot(organizationId), year),
                page,
                "year",
                p -> InspectionPlanResponse.from(p, service.itemsOf(p.id)));
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getInspectionReport",
            summary = "Planned against done, per activity and kind, with screening outcomes",
            description = "For one year and the subtree of `organizationId` (default: the caller's scope root): items "
                    + "planned, done and cancelled per activity (kiểm tra, giám sát) and kind, and screening outcomes. "
                    + "Every reader role may call it; a secretary only for their own subtree (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The report.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public InspectionReportResponse report(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "The year.", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2200)
                    Integer year) {
        return InspectionReportResponse.from(service.report(scope.subtreeRoot(organizationId), year));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getInspectionPlan",
            summary = "Read a plan with its items",
            description = "The plan with its items and their status, and its `ETag`. Every reader role may call it; a "
                    + "secretary only for plans of bodies in their own subtree (404 otherwise).")
    public RestResponse<InspectionPlanResponse> get(@PathParam("id") UUID id) {
        InspectionPlan p = service.visible(id);
        return RestResponse.ResponseBuilder.ok(InspectionPlanResponse.from(p, service.itemsOf(id)))
                .tag(ETags.of(p.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createInspectionPlan",
            summary = "Record a year's inspection or supervision plan of a body",
            description =
                    "An inspection committee exists at grassroots-committee level and above (`INS-BODY`); each item's "
                            + "subject lies under the body (`INS-SUBJECT`).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names it.",
            content = @Content(schema = @Schema(implementation = InspectionPlanResponse.class)))
    public RestResponse<InspectionPlanResponse> create(
            @NotNull @Valid InspectionPlanRequest request, @Context UriInfo uri) {
        InspectionPlan p = service.create(
                request.year(),
                request.bodyOrganizationId(),
                request.bodyKind(),
                request.activity(),
                Text.nfc(request.title()),
                request.items() == null
                        ? List.of()
                        : request.items().stream()
                                .map(InspectionItemRequest::toDomain)
                                .toList());
        return RestResponse.ResponseBuilder.<InspectionPlanResponse>created(
                        uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                .tag(ETags.of(p.version))
                .entity(InspectionPlanResponse.from(p, service.itemsOf(p.id)))
                .build();
    }

    @POST
    @Path("/{id}/items")
    @Operation(
            operationId = "addInspectionItem",
            summary = "Add an item to a plan",
            description = "The item starts PLANNED; its organization or committee member lies under the plan's body "
                    + "(`INS-SUBJECT`). For an admin, organizer, inspector or a secretary whose subtree holds the "
                    + "plan's body. Send `If-Match` with the plan's ETag.")
    @APIResponse(
            responseCode = "201",
            description = "Added; `Location` names the item.",
            content = @Content(schema = @Schema(implementation = InspectionItemResponse.class)))
    public RestResponse<InspectionItemResponse> addItem(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid InspectionItemRequest request,
            @Context UriInfo uri) {
        InspectionItem i = service.addItem(id, ifMatch, request.toDomain());
        return RestResponse.ResponseBuilder.<InspectionItemResponse>created(
                        uri.getAbsolutePathBuilder().path(i.id.toString()).build())
                .entity(InspectionItemResponse.from(i))
                .build();
    }

    @GET
    @Path("/{id}/items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getInspectionItem",
            summary = "Read one item of a plan",
            description = "The item `addInspectionItem` named in `Location`, with its status and, once done, its "
                    + "findings and conclusion. Every reader role may call it; a secretary only for plans of bodies in "
                    + "their own subtree (404 otherwise).")
    public InspectionItemResponse item(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return InspectionItemResponse.from(service.item(id, itemId));
    }

    @POST
    @Path("/{id}/items/{itemId}/conclusions")
    @Operation(
            operationId = "concludeInspectionItem",
            summary = "Record the findings and conclusion of a planned item",
            description = "The item becomes DONE (`INS-FLOW`: only a PLANNED item). Publishes InspectionConcluded.")
    public InspectionItemResponse conclude(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @NotNull @Valid InspectionConclusionRequest request) {
        return InspectionItemResponse.from(service.conclude(
                id, itemId, Text.nfc(request.findings()), Text.nfc(request.conclusion()), request.concludedOn()));
    }

    @POST
    @Path("/{id}/items/{itemId}/cancellations")
    @Operation(
            operationId = "cancelInspectionItem",
            summary = "Cancel a planned item, with the reason",
            description =
                    "The item becomes CANCELLED with the reason; only a PLANNED item can be cancelled (`INS-FLOW`). "
                            + "For an admin, organizer, inspector or a secretary whose subtree holds the plan's body.")
    public InspectionItemResponse cancel(
            @PathParam("id") UUID id,
            @PathParam("itemId") UUID itemId,
            @NotNull @Valid InspectionCancellationRequest request) {
        return InspectionItemResponse.from(service.cancel(id, itemId, Text.nfc(request.reason())));
    }

    @GET
    @Path("/{id}/screening-findings")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listScreeningFindings",
            summary = "Screening findings recorded with a plan",
            description =
                    "Members found during the plan's work (rà soát) and the decision taken: retained, struck off or "
                            + "expelled. Sensitive personnel data: for an admin, organizer or inspector, and a secretary for "
                            + "plans in their own subtree (404 otherwise).")
    public List<ScreeningFindingResponse> screenings(@PathParam("id") UUID id) {
        service.visible(id);
        return service.screeningsOf(id).stream()
                .map(ScreeningFindingResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}/screening-findings/{findingId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getScreeningFinding",
            summary = "Read one screening finding of a plan",
            description = "The finding `recordScreeningFinding` named in `Location`. Sensitive personnel data: for an "
                    + "admin, organizer or inspector, and a secretary for plans in their own subtree (404 otherwise).")
    public ScreeningFindingResponse screening(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId) {
        return ScreeningFindingResponse.from(service.screening(id, findingId));
    }

    @POST
    @Path("/{id}/screening-findings")
    @Operation(
            operationId = "recordScreeningFinding",
            summary = "Record a screening finding about a member (Directive 28-CT/TW)",
            description = "The member must be known under the plan's body (`INS-SUBJECT`). A member struck off or "
                    + "expelled leaves the register in member-service from `decidedOn`, with the decision number "
                    + "(`ScreeningDecided`); a member who has already left stays as they are.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names the finding.",
            content = @Content(schema = @Schema(implementation = ScreeningFindingResponse.class)))
    public RestResponse<ScreeningFindingResponse> screen(
            @PathParam("id") UUID id, @NotNull @Valid ScreeningFindingRequest request, @Context UriInfo uri) {
        ScreeningFinding f = service.recordScreening(
                id,
                request.memberId(),
                Text.nfc(request.finding()),
                request.outcome(),
                request.decidedOn(),
                Text.nfc(request.decisionNumber()));
        return RestResponse.ResponseBuilder.<ScreeningFindingResponse>created(
                        uri.getAbsolutePathBuilder().path(f.id.toString()).build())
                .entity(ScreeningFindingResponse.from(f))
                .build();
    }
}
